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

/** One criterion of an assessment (copied from the criteria in force) with its score and comment once given. */
@Entity
@Table(name = "pre_assessment_criterion")
public class PreAssessmentCriterionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pre_assessment_criterion_seq")
    @SequenceGenerator(name = "pre_assessment_criterion_seq", sequenceName = "pre_assessment_criterion_seq", allocationSize = 250)
    public Long id;

    @Column(name = "assessment_pk", nullable = false, updatable = false)
    public Long assessmentPk;

    @Column(name = "ordinal", nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "code", nullable = false, updatable = false, length = 30)
    public String code;

    @Column(name = "label", nullable = false, updatable = false, length = 100)
    public String label;

    @Column(name = "max_points", nullable = false, updatable = false, precision = 5, scale = 2)
    public BigDecimal maxPoints;

    @Column(name = "points", precision = 5, scale = 2)
    public BigDecimal points;

    @Column(name = "score_comment", length = 1000)
    public String comment;
}
