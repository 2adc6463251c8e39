package cn.gov.daxiang.perf.adapter.persistence.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "goal_review_assignment")
public class GoalReviewAssignmentJpaEntity {

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    @Version
    public long version;

    @Column(name = "agency_id", nullable = false, length = 40)
    public String agencyId;

    @Column(name = "assigned_by", nullable = false, length = 100)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;
}
