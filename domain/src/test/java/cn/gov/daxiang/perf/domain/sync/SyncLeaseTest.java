package cn.gov.daxiang.perf.domain.sync;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncLeaseTest {

    private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);

    @Test
    void aFreeLeaseGoesToWhoeverAsksFirst() {
        SyncLease lease = SyncLease.free(SyncLease.PROVINCIAL_SYNC).takenBy("run-a", T, TTL);
        assertThat(lease.holder()).isEqualTo("run-a");
        assertThat(lease.expiresAt()).isEqualTo(T.plus(TTL));
        assertThat(lease.isHeldAt(T.plusSeconds(119))).isTrue();
    }

    @Test
    void aHeldLeaseIsRefusedToOthersUntilItExpires() {
        SyncLease lease = SyncLease.free("x").takenBy("run-a", T, TTL);
        assertThat(lease.isAvailableTo("run-b", T.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> lease.takenBy("run-b", T.plusSeconds(60), TTL)).isInstanceOf(SyncRunInProgressException.class);
        assertThat(lease.isAvailableTo("run-b", T.plus(TTL))).isTrue();
        assertThat(lease.takenBy("run-b", T.plus(TTL), TTL).holder()).isEqualTo("run-b");
    }

    @Test
    void onlyTheHolderRenewsAndOnlyBeforeExpiry() {
        SyncLease lease = SyncLease.free("x").takenBy("run-a", T, TTL);
        assertThat(lease.isRenewableBy("run-a", T.plusSeconds(30))).isTrue();
        assertThat(lease.isRenewableBy("run-b", T.plusSeconds(30))).isFalse();
        assertThat(lease.isRenewableBy("run-a", T.plus(TTL))).as("an expired holder is fenced off").isFalse();
    }

    @Test
    void releasingIsOnlyTheHoldersToDo() {
        SyncLease lease = SyncLease.free("x").takenBy("run-a", T, TTL);
        assertThat(lease.releasedBy("run-b")).isEqualTo(lease);
        assertThat(lease.releasedBy("run-a").isHeldAt(T)).isFalse();
    }
}
