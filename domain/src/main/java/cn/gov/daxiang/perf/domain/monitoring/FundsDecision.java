package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.util.Objects;

/** A recorded decision of finance on a red report's funds: who, when, what and why. */
public record FundsDecision(FundsDecisionKind decision, ActorId decidedBy, Instant decidedAt, String reason) {

    public static final int REASON_MAX_LENGTH = 2000;

    public FundsDecision {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reason = Texts.required("reason", reason, REASON_MAX_LENGTH);
    }
}
