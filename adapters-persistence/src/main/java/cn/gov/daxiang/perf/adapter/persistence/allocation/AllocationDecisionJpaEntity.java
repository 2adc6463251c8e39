package cn.gov.daxiang.perf.adapter.persistence.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One allocation decision; its @Version is the decision's revision (ETag). */
@Entity
@Table(name = "allocation_decision")
public class AllocationDecisionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_decision_seq")
    @SequenceGenerator(name = "allocation_decision_seq", sequenceName = "allocation_decision_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "decision_id", nullable = false, updatable = false)
    public UUID decisionId;

    @Column(name = "budget_year", nullable = false, updatable = false)
    public int budgetYear;

    @Column(name = "object_kind", nullable = false, updatable = false, length = 30)
    public String objectKind;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "project_code", updatable = false, length = 40)
    public String projectCode;

    @Column(name = "object_name", updatable = false, length = 300)
    public String objectName;

    @Column(name = "active_key", length = 100)
    public String activeKey;

    @Column(name = "evaluation_type", nullable = false, updatable = false, length = 30)
    public String evaluationType;

    @Column(name = "evaluation_id", nullable = false, updatable = false, length = 60)
    public String evaluationId;

    @Column(name = "score", nullable = false, updatable = false, precision = 5, scale = 2)
    public BigDecimal score;

    @Column(name = "grade", nullable = false, updatable = false, length = 20)
    public String grade;

    @Column(name = "grade_scheme", nullable = false, updatable = false, length = 50)
    public String gradeScheme;

    @Column(name = "evaluated_year", nullable = false, updatable = false)
    public int evaluatedYear;

    @Column(name = "policy_version", nullable = false, updatable = false)
    public int policyVersion;

    @Column(name = "proposed_treatment", nullable = false, updatable = false, length = 30)
    public String proposedTreatment;

    @Column(name = "proposed_adjustment", nullable = false, updatable = false, precision = 5, scale = 2)
    public BigDecimal proposedAdjustment;

    @Column(name = "treatment", nullable = false, length = 30)
    public String treatment;

    @Column(name = "adjustment_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal adjustmentPercent;

    @Column(name = "base_amount", nullable = false, updatable = false, precision = 18, scale = 2)
    public BigDecimal baseAmount;

    @Column(name = "state", nullable = false, length = 20)
    public String state;

    @Column(name = "override_reason", length = 1000)
    public String overrideReason;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 100)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public OffsetDateTime proposedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "superseded_by_id")
    public UUID supersededById;
}
