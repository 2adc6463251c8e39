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

/** One criterion of a published criteria version. */
@Entity
@Table(name = "assessment_criteria_item")
public class AssessmentCriteriaItemJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_criteria_item_seq")
    @SequenceGenerator(name = "assessment_criteria_item_seq", sequenceName = "assessment_criteria_item_seq", allocationSize = 250)
    public Long id;

    @Column(name = "set_pk", nullable = false, updatable = false)
    public Long setPk;

    @Column(name = "ordinal", nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "code", nullable = false, updatable = false, length = 30)
    public String code;

    @Column(name = "label", nullable = false, updatable = false, length = 100)
    public String label;

    @Column(name = "max_points", nullable = false, updatable = false, precision = 5, scale = 2)
    public BigDecimal maxPoints;
}
