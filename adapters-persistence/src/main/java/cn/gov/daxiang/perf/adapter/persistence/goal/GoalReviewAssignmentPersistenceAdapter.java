package cn.gov.daxiang.perf.adapter.persistence.goal;

import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class GoalReviewAssignmentPersistenceAdapter implements GoalReviewAssignmentRepository {

    private final GoalReviewAssignmentPanacheRepository panache;

    @Inject
    public GoalReviewAssignmentPersistenceAdapter(GoalReviewAssignmentPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Optional<GoalReviewAssignment> findByGoal(GoalId goal) {
        return panache.findByIdOptional(goal.value()).map(e -> new GoalReviewAssignment(new GoalId(e.goalId),
                new AgencyId(e.agencyId), e.assignedBy, e.assignedAt.toInstant()));
    }

    @Override
    public void save(GoalReviewAssignment assignment) {
        GoalReviewAssignmentJpaEntity entity = panache.findByIdOptional(assignment.goalId().value()).orElseGet(() -> {
            GoalReviewAssignmentJpaEntity created = new GoalReviewAssignmentJpaEntity();
            created.goalId = assignment.goalId().value();
            panache.persist(created);
            return created;
        });
        entity.agencyId = assignment.agency().value();
        entity.assignedBy = assignment.assignedBy();
        entity.assignedAt = assignment.assignedAt().atOffset(ZoneOffset.UTC);
    }
}
