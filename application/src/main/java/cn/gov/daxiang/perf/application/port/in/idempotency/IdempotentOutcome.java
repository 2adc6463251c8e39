package cn.gov.daxiang.perf.application.port.in.idempotency;

import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;

import java.util.Objects;

/** The answer to send, and whether it is the replay of an earlier one (the create did not run again). */
public record IdempotentOutcome(StoredAnswer answer, boolean replayed) {

    public IdempotentOutcome {
        Objects.requireNonNull(answer, "answer");
    }
}
