package cn.gov.daxiang.perf.adapter.persistence.project;

import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UpdateTimestamp;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "project")
public class ProjectJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 500)
    public Long id;

    @Version
    public long version;

    @NaturalId
    @Column(name = "project_code", nullable = false, length = 40)
    public String projectCode;

    @Column(name = "name", nullable = false, length = 300)
    public String name;

    @Column(name = "unit_code", nullable = false, length = 20)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    public ProjectCategory category;

    /** Loaded in batches (quarkus.hibernate-orm.fetch.batch-size), so a page costs one extra query, not one per project. */
    @ElementCollection
    @CollectionTable(name = "project_kind", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    public Set<ProjectKind> kinds = EnumSet.noneOf(ProjectKind.class);

    @Column(name = "total_amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "fiscal_appropriation", nullable = false, precision = 18, scale = 2)
    public BigDecimal fiscalAppropriation;

    @Column(name = "carry_over", nullable = false, precision = 18, scale = 2)
    public BigDecimal carryOver;

    @Column(name = "other_funds", nullable = false, precision = 18, scale = 2)
    public BigDecimal otherFunds;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
