package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** A person sent a dead letter back to the outbox: it is offered to the province again under the same key. */
public record DeadLetterRetried(OutboxMessageId messageId, String messageType) implements DomainEvent {

    public DeadLetterRetried {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageType, "messageType");
    }

    @Override
    public String action() {
        return "retry";
    }
}
