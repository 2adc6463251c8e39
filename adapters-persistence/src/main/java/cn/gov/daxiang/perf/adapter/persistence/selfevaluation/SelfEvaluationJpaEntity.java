package cn.gov.daxiang.perf.adapter.persistence.selfevaluation;

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

/** A self-evaluation's root row; its @Version is the evaluation's revision (ETag). */
@Entity
@Table(name = "self_evaluation")
public class SelfEvaluationJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_evaluation_seq")
    @SequenceGenerator(name = "self_evaluation_seq", sequenceName = "self_evaluation_seq", allocationSize = 500)
    public Long id;

    @Version
    public long version;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    public UUID evaluationId;

    @Column(name = "goal_id", nullable = false, updatable = false)
    public UUID goalId;

    @Column(name = "goal_version", nullable = false, updatable = false)
    public int goalVersion;

    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    public String kind;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "project_code", updatable = false, length = 40)
    public String projectCode;

    /** The weights the evaluation was opened with (kept: later template changes never change its score). */
    @Column(name = "execution_weight", nullable = false, updatable = false, precision = 5, scale = 2)
    public BigDecimal executionWeight;

    @Column(name = "group_weights", nullable = false, updatable = false, length = 1000)
    public String groupWeights;

    @Column(name = "adjusted_budget", precision = 18, scale = 2)
    public BigDecimal adjustedBudget;

    @Column(name = "executed_amount", precision = 18, scale = 2)
    public BigDecimal executedAmount;

    /** PROVINCE, UNIT_OVERRIDE or UNIT; null while no execution is recorded. */
    @Column(name = "execution_source", length = 20)
    public String executionSource;

    @Column(name = "province_adjusted_budget", precision = 18, scale = 2)
    public BigDecimal provinceAdjustedBudget;

    @Column(name = "province_executed_amount", precision = 18, scale = 2)
    public BigDecimal provinceExecutedAmount;

    @Column(name = "execution_as_of")
    public java.time.LocalDate executionAsOf;

    @Column(name = "execution_override_reason", length = 2000)
    public String executionOverrideReason;

    @Column(name = "execution_flagged", nullable = false)
    public boolean executionFlagged;

    @Column(name = "overall_achievement", length = 2000)
    public String overallAchievement;

    @Column(name = "status", nullable = false, length = 30)
    public String status;

    @Column(name = "total_score", precision = 5, scale = 2)
    public BigDecimal totalScore;

    @Column(name = "grade", length = 20)
    public String grade;

    @Column(name = "grade_scheme_id", length = 50)
    public String gradeSchemeId;

    @Column(name = "history", nullable = false, length = 1_000_000)
    public String history;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
