package cn.gov.daxiang.perf.adapter.persistence.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** An agency's root row; its @Version is the agency's revision (ETag). */
@Entity
@Table(name = "agency")
public class AgencyJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "agency_id", nullable = false, updatable = false, length = 40)
    public String agencyId;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "credit_code", length = 18)
    public String creditCode;

    @Column(name = "contact", length = 200)
    public String contact;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
