package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One assignment per goal; saving again reassigns. */
public class InMemoryGoalReviewAssignmentRepository implements GoalReviewAssignmentRepository {

    public final Map<GoalId, GoalReviewAssignment> stored = new HashMap<>();

    @Override
    public Optional<GoalReviewAssignment> findByGoal(GoalId goal) {
        return Optional.ofNullable(stored.get(goal));
    }

    @Override
    public void save(GoalReviewAssignment assignment) {
        stored.put(assignment.goalId(), assignment);
    }
}
