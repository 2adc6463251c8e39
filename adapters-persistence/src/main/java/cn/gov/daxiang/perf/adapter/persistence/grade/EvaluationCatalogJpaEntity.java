package cn.gov.daxiang.perf.adapter.persistence.grade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** The revision of one catalog document (grade-schemes, weight-templates), whose entries live in their own table. */
@Entity
@Table(name = "evaluation_catalog")
public class EvaluationCatalogJpaEntity {

    public static final String GRADE_SCHEMES = "grade-schemes";
    public static final String WEIGHT_TEMPLATES = "weight-templates";

    @Id
    @Column(name = "name", length = 50)
    public String name;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
