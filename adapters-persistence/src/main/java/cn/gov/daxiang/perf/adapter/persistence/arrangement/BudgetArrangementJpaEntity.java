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

/** A project's arrangement: the current amount and classification; its @Version is the revision (ETag). */
@Entity
@Table(name = "budget_arrangement")
public class BudgetArrangementJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_arrangement_seq")
    @SequenceGenerator(name = "budget_arrangement_seq", sequenceName = "budget_arrangement_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "project_code", nullable = false, updatable = false, length = 40)
    public String projectCode;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "budget_year", nullable = false, updatable = false)
    public int budgetYear;

    @Column(name = "category", nullable = false, updatable = false, length = 30)
    public String category;

    @Column(name = "classification", nullable = false, length = 20)
    public String classification;

    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
