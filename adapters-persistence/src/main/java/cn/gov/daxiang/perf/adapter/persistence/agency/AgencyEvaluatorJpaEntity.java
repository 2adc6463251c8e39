package cn.gov.daxiang.perf.adapter.persistence.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One evaluator on an agency's roster, in appointment order. */
@Entity
@Table(name = "agency_evaluator")
public class AgencyEvaluatorJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_evaluator_seq")
    @SequenceGenerator(name = "agency_evaluator_seq", sequenceName = "agency_evaluator_seq", allocationSize = 50)
    public Long id;

    @Column(name = "agency_pk", nullable = false, updatable = false)
    public Long agencyPk;

    @Column(name = "ordinal", nullable = false)
    public int ordinal;

    @Column(name = "user_id", nullable = false, length = 100)
    public String userId;

    @Column(name = "name", nullable = false, length = 100)
    public String name;
}
