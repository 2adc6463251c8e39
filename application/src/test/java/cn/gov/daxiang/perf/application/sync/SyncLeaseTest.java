package cn.gov.daxiang.perf.application.sync;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncLeaseTest {

    private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);

    private static SyncLeaseClaim claim(String holder, Instant now) {
        return new SyncLeaseClaim("x", holder, now, TTL);
    }

    @Test
    void aFreeLeaseGoesToWhoeverAsksFirst() {
        SyncLeaseClaim claim = claim("run-a", T);
        assertThat(claim.takes(SyncLease.free("x"))).isTrue();
        SyncLease lease = claim.granted();
        assertThat(lease.holder()).isEqualTo("run-a");
        assertThat(lease.expiresAt()).isEqualTo(T.plus(TTL));
        assertThat(lease.isHeldAt(T.plusSeconds(119))).isTrue();
    }

    @Test
    void aHeldLeaseIsRefusedToOthersUntilItExpires() {
        SyncLease lease = claim("run-a", T).granted();
        assertThat(claim("run-b", T.plusSeconds(60)).takes(lease)).isFalse();
        assertThat(claim("run-b", T.plus(TTL)).takes(lease)).as("expired at its expiry").isTrue();
        assertThat(claim("run-a", T.plusSeconds(60)).takes(lease)).as("its holder may take it again").isTrue();
    }

    @Test
    void onlyTheHolderRenewsAndOnlyBeforeExpiry() {
        SyncLease lease = claim("run-a", T).granted();
        assertThat(claim("run-a", T.plusSeconds(30)).renews(lease)).isTrue();
        assertThat(claim("run-b", T.plusSeconds(30)).renews(lease)).isFalse();
        assertThat(claim("run-a", T.plus(TTL)).renews(lease)).as("an expired holder is fenced off").isFalse();
        assertThat(claim("run-a", T).renews(SyncLease.free("x"))).isFalse();
    }

    @Test
    void releasingIsOnlyTheHoldersToDo() {
        SyncLease lease = claim("run-a", T).granted();
        assertThat(lease.releasedBy("run-b")).isEqualTo(lease);
        assertThat(lease.releasedBy("run-a").isHeldAt(T)).isFalse();
    }

    @Test
    void aLeaseIsAlwaysTakenForSomeTime() {
        assertThatThrownBy(() -> new SyncLeaseClaim("x", "run-a", T, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
