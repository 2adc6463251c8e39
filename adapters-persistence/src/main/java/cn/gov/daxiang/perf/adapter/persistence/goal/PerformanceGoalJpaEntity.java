package cn.gov.daxiang.perf.adapter.persistence.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The goal's root row; its @Version is the goal's revision (ETag). */
@Entity
@Table(name = "performance_goal")
public class PerformanceGoalJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_goal_seq")
    @SequenceGenerator(name = "performance_goal_seq", sequenceName = "performance_goal_seq", allocationSize = 500)
    public Long id;

    @Version
    public long version;

    @Column(name = "goal_id", nullable = false, updatable = false)
    public UUID goalId;

    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    public String kind;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "project_code", updatable = false, length = 40)
    public String projectCode;

    @Column(name = "subject_key", nullable = false, updatable = false, length = 40)
    public String subjectKey;

    @Column(name = "live_marker", nullable = false)
    public long liveMarker;

    @Column(name = "upper_issuing_level", length = 20)
    public String upperIssuingLevel;

    @Column(name = "upper_document_number", length = 100)
    public String upperDocumentNumber;

    @Column(name = "upper_goal_text", length = 2000)
    public String upperGoalText;

    @Column(name = "upper_goal_ref", length = 100)
    public String upperGoalRef;

    @Column(name = "current_version_no", nullable = false)
    public int currentVersionNo;

    @Column(name = "current_status", nullable = false, length = 30)
    public String currentStatus;

    @Column(name = "approved_version_no")
    public Integer approvedVersionNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
