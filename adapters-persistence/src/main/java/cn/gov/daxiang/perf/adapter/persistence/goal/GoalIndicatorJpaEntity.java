package cn.gov.daxiang.perf.adapter.persistence.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** A level-3 indicator of one goal version, in the unit's order. */
@Entity
@Table(name = "goal_indicator")
public class GoalIndicatorJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_indicator_seq")
    @SequenceGenerator(name = "goal_indicator_seq", sequenceName = "goal_indicator_seq", allocationSize = 500)
    public Long id;

    @Column(name = "version_pk", nullable = false, updatable = false)
    public Long versionPk;

    @Column(name = "ordinal", nullable = false)
    public int ordinal;

    @Column(name = "indicator_id", nullable = false)
    public UUID indicatorId;

    @Column(name = "level1", nullable = false, length = 40)
    public String level1;

    @Column(name = "level2", nullable = false, length = 40)
    public String level2;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "value_type", nullable = false, length = 20)
    public String valueType;

    @Column(name = "comparator", length = 20)
    public String comparator;

    @Column(name = "target_value", precision = 24, scale = 6)
    public BigDecimal targetValue;

    @Column(name = "target_text", length = 500)
    public String targetText;

    @Column(name = "unit_of_measure", length = 30)
    public String unitOfMeasure;

    @Column(name = "weight", precision = 5, scale = 2)
    public BigDecimal weight;

    @Column(name = "explanation", length = 1000)
    public String explanation;

    @Column(name = "scoring_rule", length = 1000)
    public String scoringRule;
}
