package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One project of a key evaluation's object (the project, or one of a special fund's), written once at planning. */
@Entity
@Table(name = "key_evaluation_project")
public class KeyEvaluationProjectJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_evaluation_project_seq")
    @SequenceGenerator(name = "key_evaluation_project_seq", sequenceName = "key_evaluation_project_seq", allocationSize = 50)
    public Long id;

    @Column(name = "evaluation_pk", nullable = false, updatable = false)
    public Long evaluationPk;

    @Column(name = "ordinal", nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "project_code", nullable = false, updatable = false, length = 40)
    public String projectCode;
}
