package cn.gov.daxiang.perf.adapter.persistence.arrangement;

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

/** One setting of an arrangement, never changed once written. */
@Entity
@Table(name = "budget_arrangement_revision")
public class BudgetArrangementRevisionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_arrangement_revision_seq")
    @SequenceGenerator(name = "budget_arrangement_revision_seq", sequenceName = "budget_arrangement_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "arrangement_pk", nullable = false, updatable = false)
    public Long arrangementPk;

    @Column(name = "revision_number", nullable = false, updatable = false)
    public int number;

    @Column(name = "amount", nullable = false, updatable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(name = "classification", nullable = false, updatable = false, length = 20)
    public String classification;

    @Column(name = "classification_reason", updatable = false, length = 500)
    public String classificationReason;

    @Column(name = "assessment_id", updatable = false)
    public UUID assessmentId;

    @Column(name = "assessed_amount", updatable = false, precision = 18, scale = 2)
    public BigDecimal assessedAmount;

    @Column(name = "revised_by", nullable = false, updatable = false, length = 100)
    public String revisedBy;

    @Column(name = "revised_at", nullable = false, updatable = false)
    public OffsetDateTime revisedAt;
}
