package cn.gov.daxiang.perf.adapter.persistence.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "indicator_template")
public class IndicatorTemplateJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_template_seq")
    @SequenceGenerator(name = "indicator_template_seq", sequenceName = "indicator_template_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "template_id", nullable = false, updatable = false)
    public UUID templateId;

    @Column(name = "industry", nullable = false, length = 50)
    public String industry;

    @Column(name = "level1", nullable = false, length = 40)
    public String level1;

    @Column(name = "level2", nullable = false, length = 40)
    public String level2;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "value_type", nullable = false, length = 20)
    public String valueType;

    @Column(name = "typical_unit", length = 30)
    public String typicalUnit;

    @Column(name = "typical_comparator", length = 20)
    public String typicalComparator;

    @Column(name = "explanation", length = 1000)
    public String explanation;

    /** Comma-separated; searched by keyword with LIKE together with name and explanation. */
    @Column(name = "keywords", nullable = false, length = 1000)
    public String keywords;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
