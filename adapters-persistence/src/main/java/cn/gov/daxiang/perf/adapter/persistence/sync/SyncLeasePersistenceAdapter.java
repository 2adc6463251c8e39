package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The lease as one row, changed only by conditional UPDATEs: each condition is {@link SyncLeaseClaim}'s rule in SQL
 * ({@code takes}, {@code renews}), with its parameters from the claim, and the database's row lock decides between
 * two nodes asking at once (the second UPDATE waits for the first to commit, re-reads the row and finds it taken).
 * The store's contract tests run the same cases here and on the fake that calls the claim's methods. Works alike on
 * PostgreSQL and H2.
 */
@ApplicationScoped
public class SyncLeasePersistenceAdapter implements SyncLeaseStore {

    /** {@link SyncLeaseClaim#takes}: free, expired at :now, or already the holder's. */
    static final String TAKES = "holder is null or expiresAt <= :now or holder = :holder";
    /** {@link SyncLeaseClaim#renews}: the holder's, not expired at :now. */
    static final String RENEWS = "holder = :holder and expiresAt > :now";

    private final SyncLeasePanacheRepository panache;

    @Inject
    public SyncLeasePersistenceAdapter(SyncLeasePanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryAcquire(SyncLeaseClaim claim) {
        return panache.update("holder = :holder, acquiredAt = :now, expiresAt = :until, version = version + 1 "
                + "where name = :name and (" + TAKES + ")", parameters(claim)) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renew(SyncLeaseClaim claim) {
        return panache.update("expiresAt = :until, version = version + 1 where name = :name and " + RENEWS, parameters(claim)) == 1;
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

    private static Parameters parameters(SyncLeaseClaim claim) {
        return Parameters.with("name", claim.name()).and("holder", claim.holder()).and("now", time(claim.now()))
                .and("until", time(claim.until()));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
