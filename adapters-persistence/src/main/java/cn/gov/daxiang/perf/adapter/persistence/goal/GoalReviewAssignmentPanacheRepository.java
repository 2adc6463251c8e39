package cn.gov.daxiang.perf.adapter.persistence.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class GoalReviewAssignmentPanacheRepository implements PanacheRepositoryBase<GoalReviewAssignmentJpaEntity, UUID> {
}
