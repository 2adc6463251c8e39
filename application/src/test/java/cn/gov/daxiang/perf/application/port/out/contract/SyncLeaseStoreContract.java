package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SyncLeaseStore} decides: exactly what {@link SyncLeaseClaim} says, case by case (each answer is
 * also checked against the claim's own method on the lease as stored just before), and only for the seeded lease.
 */
public abstract class SyncLeaseStoreContract {

    /** Far beyond anything another test left in the row, so that the lease starts out expired, then free. */
    private static final Instant T = Instant.parse("2100-01-01T00:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);
    private static final String LEASE = SyncLease.PROVINCIAL_SYNC;

    protected abstract SyncLeaseStore leases();

    /** Runs first in each test: a store that joins the caller's transaction begins one here. */
    protected void begin() throws Exception {
    }

    @BeforeEach
    void freeLease() throws Exception {
        begin();
        assertThat(leases().tryAcquire(claim("contract-setup", T.minusSeconds(3600)))).isTrue();
        leases().release(LEASE, "contract-setup");
    }

    private static SyncLeaseClaim claim(String holder, Instant now) {
        return new SyncLeaseClaim(LEASE, holder, now, TTL);
    }

    private SyncLease stored() {
        return leases().find(LEASE).orElseThrow();
    }

    /** The store's answer to a take, checked against the claim's rule on the lease as it was. */
    private boolean take(SyncLeaseClaim claim) {
        boolean rule = claim.takes(stored());
        boolean store = leases().tryAcquire(claim);
        assertThat(store).as("store and SyncLeaseClaim.takes agree for " + claim).isEqualTo(rule);
        return store;
    }

    private boolean renew(SyncLeaseClaim claim) {
        boolean rule = claim.renews(stored());
        boolean store = leases().renew(claim);
        assertThat(store).as("store and SyncLeaseClaim.renews agree for " + claim).isEqualTo(rule);
        return store;
    }

    @Test
    void aFreeLeaseIsTakenForTheClaimsTime() {
        assertThat(stored().isHeldAt(T)).isFalse();
        assertThat(take(claim("run-a", T))).isTrue();
        assertThat(stored()).isEqualTo(new SyncLease(LEASE, "run-a", T.plus(TTL)));
    }

    @Test
    void aHeldLeaseIsRefusedToOthersUntilItsExpiryAndTakenAtIt() {
        take(claim("run-a", T));
        assertThat(take(claim("run-b", T.plus(TTL).minusSeconds(1)))).isFalse();
        assertThat(stored().holder()).isEqualTo("run-a");
        assertThat(take(claim("run-b", T.plus(TTL)))).as("expired at its expiry").isTrue();
        assertThat(stored()).isEqualTo(new SyncLease(LEASE, "run-b", T.plus(TTL).plus(TTL)));
    }

    @Test
    void itsHolderMayTakeItAgainWhileHoldingIt() {
        take(claim("run-a", T));
        assertThat(take(claim("run-a", T.plusSeconds(60)))).isTrue();
        assertThat(stored().expiresAt()).isEqualTo(T.plusSeconds(60).plus(TTL));
    }

    @Test
    void onlyTheHolderRenewsAndOnlyBeforeExpiry() {
        take(claim("run-a", T));
        assertThat(renew(claim("run-b", T.plusSeconds(30)))).isFalse();
        assertThat(renew(claim("run-a", T.plusSeconds(30)))).isTrue();
        assertThat(stored().expiresAt()).isEqualTo(T.plusSeconds(30).plus(TTL));
        assertThat(renew(claim("run-a", T.plusSeconds(30).plus(TTL)))).as("an expired holder is fenced off").isFalse();
    }

    @Test
    void aHolderWhoseLeaseWasTakenOverCannotRenewIt() {
        take(claim("run-a", T));
        take(claim("run-b", T.plus(TTL)));
        assertThat(renew(claim("run-a", T.plus(TTL).plusSeconds(1)))).isFalse();
        assertThat(stored().holder()).isEqualTo("run-b");
    }

    @Test
    void aFreeLeaseIsRenewedByNoOne() {
        assertThat(renew(claim("run-a", T))).isFalse();
    }

    @Test
    void onlyTheHolderReleasesIt() {
        take(claim("run-a", T));
        leases().release(LEASE, "run-b");
        assertThat(stored().holder()).isEqualTo("run-a");
        leases().release(LEASE, "run-a");
        assertThat(stored()).isEqualTo(SyncLease.free(LEASE));
    }

    @Test
    void aLeaseNoOneSeededCannotBeTaken() {
        assertThat(leases().tryAcquire(new SyncLeaseClaim("no-such-lease", "run-a", T, TTL))).isFalse();
        assertThat(leases().find("no-such-lease")).isEmpty();
    }
}
