package cn.gov.daxiang.perf.adapter.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** One lease row; changed only by the conditional bulk updates of {@link SyncLeasePersistenceAdapter}. */
@Entity
@Table(name = "sync_lease")
public class SyncLeaseJpaEntity {

    @Id
    @Column(name = "name", length = 50)
    public String name;

    @Version
    public long version;

    @Column(name = "holder", length = 100)
    public String holder;

    @Column(name = "acquired_at")
    public OffsetDateTime acquiredAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
