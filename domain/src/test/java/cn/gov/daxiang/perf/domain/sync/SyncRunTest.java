package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncRunTest {

    private static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

    private static SyncRun running() {
        return SyncRun.start(SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL, "system:scheduler", "node-a", T0);
    }

    @Test
    void aNewRunIsRunningWithNothingCounted() {
        SyncRun run = running();
        assertThat(run.getState()).isEqualTo(SyncRunState.RUNNING);
        assertThat(run.getFinishedAt()).isEmpty();
        assertThat(run.getPulled() + run.getUpserted() + run.getConflicts() + run.getPushed() + run.getFailed()).isZero();
    }

    @Test
    void pagesAddUpTheirCountsAndShowPagesDoneOfPagesKnown() {
        SyncRun run = running();
        run.pageDone(100, 90, 2, 4);
        assertThat(run.getPagesDone()).isEqualTo(1);
        assertThat(run.getPagesKnown()).isEqualTo(5);
        run.pageDone(100, 100, 0, 3);
        assertThat(run.getPulled()).isEqualTo(200);
        assertThat(run.getUpserted()).isEqualTo(190);
        assertThat(run.getConflicts()).isEqualTo(2);
        assertThat(run.getPagesDone()).isEqualTo(2);
        assertThat(run.getPagesKnown()).isEqualTo(5);
    }

    @Test
    void pagesKnownNeverShrinkBelowWhatWasAnnouncedWhileRunning() {
        SyncRun run = running();
        run.pageDone(1, 1, 0, 9);
        run.pageDone(1, 1, 0, 0);
        assertThat(run.getPagesKnown()).isEqualTo(10);
    }

    @Test
    void aSucceededRunKnowsExactlyThePagesItDid() {
        SyncRun run = running();
        run.pageDone(1, 1, 0, 9);
        run.pushDone(3, 1);
        run.succeed(T0.plusSeconds(5));
        assertThat(run.getState()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(run.getPagesKnown()).isEqualTo(1);
        assertThat(run.getPushed()).isEqualTo(3);
        assertThat(run.getFailed()).isEqualTo(1);
        assertThat(run.getFinishedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void aFailedRunKeepsItsCountsAndAShortenedError() {
        SyncRun run = running();
        run.pageDone(100, 100, 0, 1);
        run.fail(T0.plusSeconds(1), "x".repeat(5000));
        assertThat(run.getState()).isEqualTo(SyncRunState.FAILED);
        assertThat(run.getUpserted()).isEqualTo(100);
        assertThat(run.getError()).get().satisfies(e -> assertThat(e).hasSize(SyncRun.ERROR_MAX_LENGTH));
    }

    @Test
    void aFinishedRunRefusesEveryFurtherStep() {
        SyncRun run = running();
        run.abandon(T0.plusSeconds(60));
        assertThat(run.getState()).isEqualTo(SyncRunState.ABANDONED);
        assertThatThrownBy(() -> run.pageDone(1, 1, 0, 0)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.code()).isEqualTo("SYNC_RUN_FINISHED"));
        assertThatThrownBy(() -> run.succeed(T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> run.fail(T0, "late")).isInstanceOf(IllegalTransitionException.class);
    }
}
