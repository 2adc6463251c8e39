package cn.gov.daxiang.perf.adapter.persistence.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** One published version of the allocation policy. */
@Entity
@Table(name = "allocation_policy")
public class AllocationPolicyJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_policy_seq")
    @SequenceGenerator(name = "allocation_policy_seq", sequenceName = "allocation_policy_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(name = "policy_version", nullable = false, updatable = false)
    public int policyVersion;

    @Column(name = "precedence", nullable = false, updatable = false, length = 200)
    public String precedence;

    @Column(name = "published_by", updatable = false, length = 100)
    public String publishedBy;

    @Column(name = "published_at", updatable = false)
    public OffsetDateTime publishedAt;
}
