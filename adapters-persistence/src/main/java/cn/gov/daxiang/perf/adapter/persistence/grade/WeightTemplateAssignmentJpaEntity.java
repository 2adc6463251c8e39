package cn.gov.daxiang.perf.adapter.persistence.grade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One entry of the weight catalog; part of the catalog document, whose row carries the @Version. */
@Entity
@Table(name = "weight_template_assignment")
public class WeightTemplateAssignmentJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weight_template_assignment_seq")
    @SequenceGenerator(name = "weight_template_assignment_seq", sequenceName = "weight_template_assignment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "evaluation_kind", nullable = false, length = 30)
    public String evaluationKind;

    @Column(name = "effective_from", nullable = false)
    public int effectiveFrom;

    @Column(name = "execution_weight", nullable = false, precision = 5, scale = 2)
    public BigDecimal executionWeight;

    @Column(name = "group_weights", nullable = false, length = 1000)
    public String groupWeights;
}
