package cn.gov.daxiang.perf.adapter.persistence.monitoring;

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

/** A monitoring round; its @Version is the round's revision (ETag). */
@Entity
@Table(name = "monitoring_round")
public class MonitoringRoundJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_round_seq")
    @SequenceGenerator(name = "monitoring_round_seq", sequenceName = "monitoring_round_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    public UUID roundId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "cut_off_month", nullable = false, updatable = false)
    public int cutOffMonth;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "yellow_lag_above", nullable = false, precision = 5, scale = 2)
    public BigDecimal yellowLagAbove;

    @Column(name = "red_lag_above", nullable = false, precision = 5, scale = 2)
    public BigDecimal redLagAbove;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
