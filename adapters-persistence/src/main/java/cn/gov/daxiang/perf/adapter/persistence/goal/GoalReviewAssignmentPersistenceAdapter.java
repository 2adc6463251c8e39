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
        Optional<GoalReviewAssignmentJpaEntity> existing = panache.findByIdOptional(assignment.goalId().value());
        GoalReviewAssignmentJpaEntity entity = existing.orElseGet(GoalReviewAssignmentJpaEntity::new);
        entity.goalId = assignment.goalId().value();
        entity.agencyId = assignment.agency().value();
        entity.assignedBy = assignment.assignedBy();
        entity.assignedAt = assignment.assignedAt().atOffset(ZoneOffset.UTC);
        if (existing.isEmpty()) {
            panache.persist(entity);
        }
        panache.flush();
    }
}
