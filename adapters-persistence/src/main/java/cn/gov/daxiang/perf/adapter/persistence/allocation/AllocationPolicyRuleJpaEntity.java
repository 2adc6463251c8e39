package cn.gov.daxiang.perf.adapter.persistence.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One rule of a policy version, in order. */
@Entity
@Table(name = "allocation_policy_rule")
public class AllocationPolicyRuleJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_policy_rule_seq")
    @SequenceGenerator(name = "allocation_policy_rule_seq", sequenceName = "allocation_policy_rule_seq", allocationSize = 250)
    public Long id;

    @Column(name = "policy_pk", nullable = false, updatable = false)
    public Long policyPk;

    @Column(name = "ordinal", nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "evaluation_type", nullable = false, updatable = false, length = 30)
    public String evaluationType;

    @Column(name = "grade", updatable = false, length = 20)
    public String grade;

    @Column(name = "min_score", updatable = false, precision = 5, scale = 2)
    public BigDecimal minScore;

    @Column(name = "max_score", updatable = false, precision = 5, scale = 2)
    public BigDecimal maxScore;

    @Column(name = "treatment", nullable = false, updatable = false, length = 30)
    public String treatment;

    @Column(name = "adjustment_percent", nullable = false, updatable = false, precision = 5, scale = 2)
    public BigDecimal adjustmentPercent;
}
