package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One level-3 indicator's score with its note, in the order the indicators were first scored. */
@Entity
@Table(name = "key_evaluation_score")
public class KeyEvaluationScoreJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_evaluation_score_seq")
    @SequenceGenerator(name = "key_evaluation_score_seq", sequenceName = "key_evaluation_score_seq", allocationSize = 500)
    public Long id;

    @Column(name = "evaluation_pk", nullable = false, updatable = false)
    public Long evaluationPk;

    @Column(name = "ordinal", nullable = false)
    public int ordinal;

    @Column(name = "indicator_code", nullable = false, length = 20)
    public String indicatorCode;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    public BigDecimal score;

    @Column(name = "note", length = 2000)
    public String note;
}
