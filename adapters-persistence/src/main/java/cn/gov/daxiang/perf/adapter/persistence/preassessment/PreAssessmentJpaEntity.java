package cn.gov.daxiang.perf.adapter.persistence.preassessment;

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

/** An assessment's root row; its @Version is the assessment's revision (ETag). */
@Entity
@Table(name = "pre_assessment")
public class PreAssessmentJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pre_assessment_seq")
    @SequenceGenerator(name = "pre_assessment_seq", sequenceName = "pre_assessment_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Column(name = "project_code", nullable = false, updatable = false, length = 40)
    public String projectCode;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "purpose", nullable = false, length = 20)
    public String purpose;

    @Column(name = "requested_amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "summary", length = 2000)
    public String summary;

    @Column(name = "criteria_version", nullable = false, updatable = false)
    public int criteriaVersion;

    @Column(name = "state", nullable = false, length = 20)
    public String state;

    /** The project code while the assessment is open, null once concluded (uk_pre_assessment_open). */
    @Column(name = "open_project_code", length = 40)
    public String openProjectCode;

    @Column(name = "agency_id", length = 40)
    public String agencyId;

    @Column(name = "return_reason", length = 1000)
    public String returnReason;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Column(name = "conclusion", length = 30)
    public String conclusion;

    @Column(name = "assessed_amount", precision = 18, scale = 2)
    public BigDecimal assessedAmount;

    @Column(name = "opinion", length = 2000)
    public String opinion;

    @Column(name = "concluded_by", length = 100)
    public String concludedBy;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    @Column(name = "drafted_by", nullable = false, updatable = false, length = 100)
    public String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    public OffsetDateTime draftedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
