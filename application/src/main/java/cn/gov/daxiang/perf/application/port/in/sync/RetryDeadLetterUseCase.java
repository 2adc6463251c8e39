package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.domain.access.Actor;

/** Sends a dead letter back to the outbox (due at once, same idempotency key); audited. */
public interface RetryDeadLetterUseCase {

    OutboxMessage retryDeadLetter(Actor actor, OutboxMessageId id);
}
