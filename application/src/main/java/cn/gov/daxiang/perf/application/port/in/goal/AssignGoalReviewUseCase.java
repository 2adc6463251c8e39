package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.goal.GoalId;

/** The finance bureau asks a third-party agency to check a goal; its evaluators may then see that goal. */
public interface AssignGoalReviewUseCase {

    GoalView assignGoalReview(Actor actor, GoalId id, AgencyId agency);
}
