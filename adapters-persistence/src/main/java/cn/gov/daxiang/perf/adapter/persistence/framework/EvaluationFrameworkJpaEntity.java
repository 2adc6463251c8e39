package cn.gov.daxiang.perf.adapter.persistence.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One published framework version; never updated, so it carries no revision. */
@Entity
@Table(name = "evaluation_framework")
public class EvaluationFrameworkJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_framework_seq")
    @SequenceGenerator(name = "evaluation_framework_seq", sequenceName = "evaluation_framework_seq", allocationSize = 50)
    public Long id;

    @Column(name = "framework_code", nullable = false, updatable = false, length = 40)
    public String frameworkCode;

    @Column(name = "version_no", nullable = false, updatable = false)
    public int versionNo;

    @Column(name = "name", nullable = false, updatable = false, length = 100)
    public String name;

    @Column(name = "object_kind", nullable = false, updatable = false, length = 30)
    public String objectKind;

    /** The result-oriented level-1 codes, comma-separated (empty or null for none). */
    @Column(name = "result_groups", updatable = false, length = 200)
    public String resultGroups;

    @Column(name = "indicators", nullable = false, updatable = false, length = 1_000_000)
    public String indicators;

    @Column(name = "published_by", nullable = false, updatable = false, length = 100)
    public String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    public OffsetDateTime publishedAt;
}
