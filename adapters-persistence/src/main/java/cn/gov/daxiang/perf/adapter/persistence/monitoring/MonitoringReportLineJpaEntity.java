package cn.gov.daxiang.perf.adapter.persistence.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One indicator of a report: the copy of the approved indicator beside the unit's line (likelihood null: no line yet). */
@Entity
@Table(name = "monitoring_report_line")
public class MonitoringReportLineJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_report_line_seq")
    @SequenceGenerator(name = "monitoring_report_line_seq", sequenceName = "monitoring_report_line_seq", allocationSize = 500)
    public Long id;

    @Column(name = "report_pk", nullable = false, updatable = false)
    public Long reportPk;

    @Column(name = "ordinal", nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    public UUID indicatorId;

    @Column(name = "level1_code", nullable = false, updatable = false, length = 50)
    public String level1Code;

    @Column(name = "level2_code", nullable = false, updatable = false, length = 50)
    public String level2Code;

    @Column(name = "name", nullable = false, updatable = false, length = 200)
    public String name;

    @Column(name = "value_type", nullable = false, updatable = false, length = 20)
    public String valueType;

    @Column(name = "comparator", updatable = false, length = 20)
    public String comparator;

    @Column(name = "target_value", updatable = false, precision = 24, scale = 6)
    public BigDecimal targetValue;

    @Column(name = "unit_of_measure", updatable = false, length = 20)
    public String unitOfMeasure;

    @Column(name = "weight", updatable = false, precision = 5, scale = 2)
    public BigDecimal weight;

    @Column(name = "actual_to_date", precision = 24, scale = 6)
    public BigDecimal actualToDate;

    @Column(name = "projected_year_end", precision = 24, scale = 6)
    public BigDecimal projectedYearEnd;

    @Column(name = "projected_tier", length = 20)
    public String projectedTier;

    @Column(name = "likelihood", length = 20)
    public String likelihood;

    @Column(name = "deviation_reason", length = 2000)
    public String deviationReason;

    @Column(name = "corrective_measure", length = 2000)
    public String correctiveMeasure;
}
