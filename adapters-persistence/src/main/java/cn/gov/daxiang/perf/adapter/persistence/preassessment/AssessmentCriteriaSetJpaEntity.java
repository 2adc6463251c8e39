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

/** A published version of the assessment criteria (never changed once published). */
@Entity
@Table(name = "assessment_criteria_set")
public class AssessmentCriteriaSetJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_criteria_set_seq")
    @SequenceGenerator(name = "assessment_criteria_set_seq", sequenceName = "assessment_criteria_set_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "criteria_version", nullable = false, updatable = false)
    public int criteriaVersion;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    public String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    public OffsetDateTime publishedAt;
}
