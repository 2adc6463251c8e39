package cn.gov.daxiang.perf.application.port.in.idempotency;

import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;

import java.util.function.Supplier;

/**
 * Runs a create at most once per caller and idempotency key: the first request runs {@code create} and its answer is
 * stored in the same transaction as what it created (so neither exists without the other); a repeat of the same
 * request within 24 hours gets that answer without running {@code create}; the same key with another request is
 * refused (IDEMPOTENCY_KEY_REUSED). Concurrent duplicates wait for the first and replay it, or, when it cannot be
 * waited for, are refused with IDEMPOTENCY_KEY_IN_PROGRESS. An answer that is not 2xx is not stored (and whatever
 * {@code create} did is rolled back), so a refused request may be retried with the same key.
 */
public interface CreateOnceUseCase {

    /** {@code create} runs inside the use case's transaction; its exceptions roll it back and propagate unchanged. */
    IdempotentOutcome createOnce(CreateOnceCommand command, Supplier<StoredAnswer> create);
}
