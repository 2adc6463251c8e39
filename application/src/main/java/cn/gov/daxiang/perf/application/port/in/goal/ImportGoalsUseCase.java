package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

import java.util.List;

/**
 * Goals declared together: declarations without a goal to replace declare new goals, the others replace the
 * content of that (editable) goal. Every declaration is checked; when any is refused, or the command says some
 * could not be read, nothing is written and {@link GoalImportRejectedException} lists each refused one with its
 * reason.
 */
public interface ImportGoalsUseCase {

    List<GoalView> importGoals(Actor actor, ImportGoalDeclarationsCommand command);
}
