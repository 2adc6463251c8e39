package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.domain.sync.SyncLease;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The lease as one row, changed only by conditional UPDATEs: the condition is {@link SyncLease}'s rule in SQL,
 * and the database's row lock decides between two nodes asking at once (the second UPDATE waits for the first
 * to commit, re-reads the row and finds it taken). Works alike on PostgreSQL and H2.
 */
@ApplicationScoped
public class SyncLeasePersistenceAdapter implements SyncLeaseStore {

    private final SyncLeasePanacheRepository panache;

    @Inject
    public SyncLeasePersistenceAdapter(SyncLeasePanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryAcquire(String name, String holder, Instant now, Duration ttl) {
        return panache.update("holder = :holder, acquiredAt = :now, expiresAt = :until, version = version + 1 "
                        + "where name = :name and (holder is null or expiresAt <= :now or holder = :holder)",
                Parameters.with("holder", holder).and("now", time(now)).and("until", time(now.plus(ttl))).and("name", name)) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renew(String name, String holder, Instant now, Duration ttl) {
        return panache.update("expiresAt = :until, version = version + 1 where name = :name and holder = :holder and expiresAt > :now",
                Parameters.with("holder", holder).and("now", time(now)).and("until", time(now.plus(ttl))).and("name", name)) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String name, String holder) {
        panache.update("holder = null, acquiredAt = null, expiresAt = null, version = version + 1 where name = :name and holder = :holder",
                Parameters.with("name", name).and("holder", holder));
    }

    @Override
    public Optional<SyncLease> find(String name) {
        return panache.findByIdOptional(name).map(e -> new SyncLease(e.name, e.holder, e.expiresAt == null ? null : e.expiresAt.toInstant()));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
