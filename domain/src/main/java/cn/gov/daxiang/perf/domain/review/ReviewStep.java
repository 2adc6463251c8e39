package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a review: who moved the submission from which state to which, when, and why
 * (the return reason, or an optional review opinion 审核意见 on other steps).
 */
public record ReviewStep(ReviewAction action, ReviewState from, ReviewState to, ActorId actor, Instant at, String reason) {

    public static final int REASON_MAX_LENGTH = 2000;

    public ReviewStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reason = action.needsReason() || (reason != null && !reason.isBlank())
                ? Texts.required("reason", reason, REASON_MAX_LENGTH) : null;
    }
}
