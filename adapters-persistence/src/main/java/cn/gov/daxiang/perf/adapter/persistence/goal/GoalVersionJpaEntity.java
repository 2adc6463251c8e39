package cn.gov.daxiang.perf.adapter.persistence.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One version of a goal; part of the goal aggregate, whose root row carries the @Version. */
@Entity
@Table(name = "goal_version")
public class GoalVersionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_version_seq")
    @SequenceGenerator(name = "goal_version_seq", sequenceName = "goal_version_seq", allocationSize = 500)
    public Long id;

    @Column(name = "goal_pk", nullable = false, updatable = false)
    public Long goalPk;

    @Column(name = "version_number", nullable = false, updatable = false)
    public int versionNumber;

    @Column(name = "status", nullable = false, length = 30)
    public String status;

    @Column(name = "audit_grade", length = 20)
    public String auditGrade;

    @Column(name = "annual_overall_goal", nullable = false, length = 2000)
    public String annualOverallGoal;

    @Column(name = "long_term_goal", length = 2000)
    public String longTermGoal;

    @Column(name = "department_duties", length = 4000)
    public String departmentDuties;

    /** The review history as JSON (append-only, always read whole). */
    @Column(name = "history", nullable = false, length = 1_000_000)
    public String history;
}
