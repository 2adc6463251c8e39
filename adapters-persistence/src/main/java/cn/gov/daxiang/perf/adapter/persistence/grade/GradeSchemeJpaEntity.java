package cn.gov.daxiang.perf.adapter.persistence.grade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A grade scheme; its @Version is the scheme's revision (ETag). Bands as JSON, best first. */
@Entity
@Table(name = "grade_scheme")
public class GradeSchemeJpaEntity {

    @Id
    @Column(name = "scheme_id", length = 50)
    public String schemeId;

    @Version
    public long version;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "bands", nullable = false, length = 2000)
    public String bands;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
