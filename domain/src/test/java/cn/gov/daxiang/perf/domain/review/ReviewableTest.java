package cn.gov.daxiang.perf.domain.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewableTest {

    private static final ActorId ACTOR = ActorId.of("reviewer");
    private static final Instant AT = Instant.parse("2025-02-10T00:00:00Z");

    /** Records which step method a review reached, with what. */
    private static final class Recording implements Reviewable {
        final List<String> calls = new ArrayList<>();

        @Override
        public void approveAsDepartment(ActorId actor, Instant at, String opinion) {
            calls.add("approveAsDepartment " + actor.value() + " " + at + " " + opinion);
        }

        @Override
        public void returnByDepartment(ActorId actor, Instant at, String reason) {
            calls.add("returnByDepartment " + actor.value() + " " + at + " " + reason);
        }

        @Override
        public void approveAsFinance(ActorId actor, Instant at, String opinion) {
            calls.add("approveAsFinance " + actor.value() + " " + at + " " + opinion);
        }

        @Override
        public void returnByFinance(ActorId actor, Instant at, String reason) {
            calls.add("returnByFinance " + actor.value() + " " + at + " " + reason);
        }
    }

    @Test
    void eachReviewStepReachesItsOwnMethodWithActorTimeAndNote() {
        Recording recording = new Recording();
        recording.review(ReviewAction.DEPT_APPROVE, ACTOR, AT, "同意");
        recording.review(ReviewAction.DEPT_RETURN, ACTOR, AT, "请补充偏差原因");
        recording.review(ReviewAction.FINANCE_APPROVE, ACTOR, AT, null);
        recording.review(ReviewAction.FINANCE_RETURN, ACTOR, AT, "数据有误");
        assertThat(recording.calls).containsExactly(
                "approveAsDepartment reviewer 2025-02-10T00:00:00Z 同意",
                "returnByDepartment reviewer 2025-02-10T00:00:00Z 请补充偏差原因",
                "approveAsFinance reviewer 2025-02-10T00:00:00Z null",
                "returnByFinance reviewer 2025-02-10T00:00:00Z 数据有误");
    }

    @ParameterizedTest
    @EnumSource(value = ReviewAction.class, names = {"EDIT", "SUBMIT"})
    void theUnitsOwnStepsAreNotReviewSteps(ReviewAction step) {
        Recording recording = new Recording();
        assertThatThrownBy(() -> recording.review(step, ACTOR, AT, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a review step");
        assertThat(recording.calls).isEmpty();
    }
}
