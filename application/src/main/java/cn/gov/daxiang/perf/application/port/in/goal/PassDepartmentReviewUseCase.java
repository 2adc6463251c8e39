package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The supervising department accepts a unit's submission (主管部门审核), with an optional note. */
public interface PassDepartmentReviewUseCase {

    GoalView passDepartmentReview(Actor actor, PassDepartmentReviewCommand command);
}
