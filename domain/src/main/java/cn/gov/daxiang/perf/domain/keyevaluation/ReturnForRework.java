package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Finance returned a submitted report (退回) with its reasons; the round counts the rework rounds (1 for the first return). */
public record ReturnForRework(int round, Instant returnedAt, ActorId returnedBy, List<String> reasons) {

    public static final int REASON_MAX_LENGTH = 1000;

    public ReturnForRework {
        Objects.requireNonNull(returnedAt, "returnedAt");
        Objects.requireNonNull(returnedBy, "returnedBy");
        reasons = List.copyOf(reasons);
    }
}
