package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;

import java.util.Optional;

public interface GoalReviewAssignmentRepository {

    Optional<GoalReviewAssignment> findByGoal(GoalId goal);

    /** Assigns (or reassigns) the goal's review. */
    void save(GoalReviewAssignment assignment);
}
