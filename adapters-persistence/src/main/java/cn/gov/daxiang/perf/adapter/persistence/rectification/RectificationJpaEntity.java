package cn.gov.daxiang.perf.adapter.persistence.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A rectification item's root row; its @Version is the item's revision (ETag). */
@Entity
@Table(name = "rectification")
public class RectificationJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_seq")
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "rectification_id", nullable = false, updatable = false)
    public UUID rectificationId;

    @Column(name = "evaluation_kind", nullable = false, updatable = false, length = 20)
    public String evaluationKind;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    public UUID evaluationId;

    @Column(name = "finding_index", updatable = false)
    public Integer findingIndex;

    @Column(name = "evaluation_year", nullable = false, updatable = false)
    public int evaluationYear;

    @Column(name = "project_code", updatable = false, length = 40)
    public String projectCode;

    @Column(name = "responsible_unit", nullable = false, updatable = false, length = 20)
    public String responsibleUnit;

    @Column(name = "finding_text", nullable = false, updatable = false, length = 2000)
    public String text;

    @Column(name = "deadline", nullable = false, updatable = false)
    public LocalDate deadline;

    @Column(name = "state", nullable = false, length = 20)
    public String state;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 100)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "return_reason", length = 1000)
    public String returnReason;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Column(name = "verified_by", length = 100)
    public String verifiedBy;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
