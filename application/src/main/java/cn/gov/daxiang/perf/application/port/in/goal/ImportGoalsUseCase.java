package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

import java.util.List;

/**
 * Goals from the declaration table: rows without a goal id declare new goals, rows with one replace the
 * content of that (editable) goal. Every row is checked; when any row is bad, nothing is written and
 * {@link GoalImportRejectedException} lists each bad row with its reason.
 */
public interface ImportGoalsUseCase {

    List<GoalDetails> importGoals(Actor actor, List<GoalSheetRow> rows);
}
