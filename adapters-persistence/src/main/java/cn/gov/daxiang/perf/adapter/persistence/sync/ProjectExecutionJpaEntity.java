package cn.gov.daxiang.perf.adapter.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UpdateTimestamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "project_execution")
public class ProjectExecutionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_execution_seq")
    @SequenceGenerator(name = "project_execution_seq", sequenceName = "project_execution_seq", allocationSize = 500)
    public Long id;

    @Version
    public long version;

    @NaturalId
    @Column(name = "project_code", nullable = false, length = 40)
    public String projectCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "adjusted_budget", nullable = false, precision = 18, scale = 2)
    public BigDecimal adjustedBudget;

    @Column(name = "executed_amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal executedAmount;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
