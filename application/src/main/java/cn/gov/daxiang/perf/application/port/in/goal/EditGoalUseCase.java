package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;

/** The unit changes its draft (or returned) version; {@code revision} is the one the unit read. */
public interface EditGoalUseCase {

    /** @param upperLevelGoal the corrected upper-level goal of a transfer-payment goal, or null to keep it */
    GoalDetails editGoal(Actor actor, GoalId id, long revision, GoalContent content, UpperLevelGoalReference upperLevelGoal);
}
