package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.sync.Change;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedPageTest {

    private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

    private static Change<String> change(long seq, String key) {
        return Change.upsert(seq, T, key, key + "@" + seq);
    }

    @Test
    void aCursorMovesForwardOrStandsStillButNeverBackwards() {
        SyncCursor cursor = new SyncCursor(SyncStream.PROJECTS, 10);
        assertThat(cursor.advancedTo(15).position()).isEqualTo(15);
        assertThat(cursor.advancedTo(10)).isSameAs(cursor);
        assertThatThrownBy(() -> cursor.advancedTo(9)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("SYNC_CURSOR_BACKWARDS"));
    }

    @Test
    void onlyChangesAfterTheCursorAreFresh() {
        FeedPage<String> page = new FeedPage<>(SyncStream.PROJECTS, List.of(change(4, "a"), change(5, "b"), change(6, "c")), 6, true, 10);
        assertThat(page.freshAfter(new SyncCursor(SyncStream.PROJECTS, 4))).extracting(Change::key).containsExactly("b", "c");
    }

    @Test
    void aPageServedTwiceYieldsNothingTheSecondTime() {
        FeedPage<String> page = new FeedPage<>(SyncStream.PROJECTS, List.of(change(1, "a"), change(2, "b")), 2, true, 5);
        SyncCursor after = SyncCursor.start(SyncStream.PROJECTS).advancedTo(page.nextCursor());
        assertThat(page.freshAfter(after)).isEmpty();
    }

    @Test
    void aKeyChangedTwiceInOnePageCountsOnceWithItsLatestChange() {
        FeedPage<String> page = FeedPage.last(SyncStream.PROJECTS, List.of(change(1, "a"), change(2, "b"), change(3, "a")), 3);
        assertThat(page.freshAfter(SyncCursor.start(SyncStream.PROJECTS)))
                .extracting(Change::record).containsExactly("b@2", "a@3");
    }

    @Test
    void changesOutOfOrderMakeThePageInconsistent() {
        assertThatThrownBy(() -> FeedPage.last(SyncStream.PROJECTS, List.of(change(2, "a"), change(2, "b")), 2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SYNC_PAGE_INCONSISTENT"));
        assertThatThrownBy(() -> FeedPage.last(SyncStream.PROJECTS, List.of(change(3, "a"), change(2, "b")), 3))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aNextCursorBehindItsOwnChangesMakesThePageInconsistent() {
        assertThatThrownBy(() -> FeedPage.last(SyncStream.PROJECTS, List.of(change(7, "a")), 6))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SYNC_PAGE_INCONSISTENT"));
    }

    @Test
    void aPageThatWouldMoveTheCursorBackwardsIsRefused() {
        FeedPage<String> stale = FeedPage.last(SyncStream.PROJECTS, List.of(change(3, "a")), 3);
        assertThatThrownBy(() -> stale.freshAfter(new SyncCursor(SyncStream.PROJECTS, 8)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SYNC_CURSOR_BACKWARDS"));
    }

    @Test
    void pagesRemainingRoundUpAndAreZeroOnTheLastPage() {
        assertThat(new FeedPage<String>(SyncStream.PROJECTS, List.of(), 100, true, 250).pagesRemaining(100)).isEqualTo(3);
        assertThat(new FeedPage<String>(SyncStream.PROJECTS, List.of(), 100, true, 0).pagesRemaining(100)).isEqualTo(1);
        assertThat(FeedPage.<String>last(SyncStream.PROJECTS, List.of(), 100).pagesRemaining(100)).isZero();
    }

    @Test
    void aChangeWithoutARecordMustBeADeletion() {
        assertThatThrownBy(() -> new Change<String>(1, T, "a", false, null)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("SYNC_CHANGE_RECORD_MISSING"));
        assertThatThrownBy(() -> Change.upsert(0, T, "a", "x")).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("SYNC_CHANGE_SEQ_INVALID"));
        assertThat(Change.<String>deletion(1, T, "a").deleted()).isTrue();
    }
}
