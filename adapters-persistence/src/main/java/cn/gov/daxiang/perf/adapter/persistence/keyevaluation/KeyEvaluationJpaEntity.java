package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A key evaluation's root row; its @Version is the evaluation's revision (ETag). */
@Entity
@Table(name = "key_evaluation")
public class KeyEvaluationJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_evaluation_seq")
    @SequenceGenerator(name = "key_evaluation_seq", sequenceName = "key_evaluation_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    public UUID evaluationId;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    public String title;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "object_kind", nullable = false, updatable = false, length = 30)
    public String objectKind;

    @Column(name = "fund_name", updatable = false, length = 200)
    public String fundName;

    @Column(name = "department_code", updatable = false, length = 20)
    public String departmentCode;

    @Column(name = "spending_year", updatable = false)
    public Integer spendingYear;

    @Column(name = "subject_kind", nullable = false, updatable = false, length = 40)
    public String subjectKind;

    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;

    @Column(name = "planned_by", nullable = false, updatable = false, length = 100)
    public String plannedBy;

    @Column(name = "planned_at", nullable = false, updatable = false)
    public OffsetDateTime plannedAt;

    @Column(name = "state", nullable = false, length = 30)
    public String state;

    @Column(name = "agency_id", length = 40)
    public String agencyId;

    @Column(name = "commissioned_by", length = 100)
    public String commissionedBy;

    @Column(name = "commissioned_at")
    public OffsetDateTime commissionedAt;

    @Column(name = "framework_code", length = 40)
    public String frameworkCode;

    @Column(name = "framework_version")
    public Integer frameworkVersion;

    @Column(name = "framework_name", length = 100)
    public String frameworkName;

    @Column(name = "result_groups", length = 200)
    public String resultGroups;

    /** The evaluation's own indicator copy as JSON (IndicatorTreeJson). */
    @Column(name = "indicators", length = 1_000_000)
    public String indicators;

    @Column(name = "findings", nullable = false, length = 1_000_000)
    public String findings;

    @Column(name = "suggestions", nullable = false, length = 1_000_000)
    public String suggestions;

    @Column(name = "submissions", nullable = false, length = 1_000_000)
    public String submissions;

    @Column(name = "returns_for_rework", nullable = false, length = 1_000_000)
    public String returnsForRework;

    /** The last submission's result, for reports that read no JSON. */
    @Column(name = "result_score", precision = 5, scale = 2)
    public BigDecimal resultScore;

    @Column(name = "result_grade", length = 20)
    public String resultGrade;

    @Column(name = "result_scheme", length = 50)
    public String resultScheme;

    @Column(name = "accepted_by", length = 100)
    public String acceptedBy;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
