package cn.gov.daxiang.perf.adapter.persistence.budgetunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.OffsetDateTime;

@Entity
@Table(name = "budget_unit")
public class BudgetUnitJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_unit_seq")
    @SequenceGenerator(name = "budget_unit_seq", sequenceName = "budget_unit_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @NaturalId
    @Column(name = "unit_code", nullable = false, length = 20)
    public String unitCode;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "supervising_department_code", length = 20)
    public String supervisingDepartmentCode;

    @Column(name = "active", nullable = false)
    public boolean active;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
