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
import java.time.OffsetDateTime;
import java.util.UUID;

/** A monitoring report's root row; its @Version is the report's revision (ETag). */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReportJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_report_seq")
    @SequenceGenerator(name = "monitoring_report_seq", sequenceName = "monitoring_report_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "report_id", nullable = false, updatable = false)
    public UUID reportId;

    @Column(name = "round_id", nullable = false, updatable = false)
    public UUID roundId;

    @Column(name = "goal_id", nullable = false, updatable = false)
    public UUID goalId;

    @Column(name = "goal_version", nullable = false, updatable = false)
    public int goalVersion;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
    public String unitCode;

    @Column(name = "project_code", updatable = false, length = 40)
    public String projectCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "cut_off_month", nullable = false, updatable = false)
    public int cutOffMonth;

    @Column(name = "status", nullable = false, length = 30)
    public String status;

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

    @Column(name = "warning_level", length = 10)
    public String warningLevel;

    /** The kept warning's reasons as JSON; null while never submitted. */
    @Column(name = "warning_reasons", length = 20000)
    public String warningReasons;

    @Column(name = "funds_status", nullable = false, length = 20)
    public String fundsStatus;

    /** Finance's funds decisions as JSON, oldest first (append-only). */
    @Column(name = "funds_decisions", nullable = false, length = 100000)
    public String fundsDecisions;

    @Column(name = "history", nullable = false, length = 1_000_000)
    public String history;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
