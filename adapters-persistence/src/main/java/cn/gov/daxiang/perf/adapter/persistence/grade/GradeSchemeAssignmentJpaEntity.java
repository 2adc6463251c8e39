package cn.gov.daxiang.perf.adapter.persistence.grade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of the grade-scheme catalog; part of the catalog document, whose row carries the @Version. */
@Entity
@Table(name = "grade_scheme_assignment")
public class GradeSchemeAssignmentJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_scheme_assignment_seq")
    @SequenceGenerator(name = "grade_scheme_assignment_seq", sequenceName = "grade_scheme_assignment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "evaluation_type", nullable = false, length = 30)
    public String evaluationType;

    @Column(name = "effective_from", nullable = false)
    public int effectiveFrom;

    @Column(name = "scheme_id", nullable = false, length = 50)
    public String schemeId;
}
