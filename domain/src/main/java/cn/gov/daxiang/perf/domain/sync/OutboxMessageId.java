package cn.gov.daxiang.perf.domain.sync;

import java.util.Objects;
import java.util.UUID;

public record OutboxMessageId(UUID value) {

    public OutboxMessageId {
        Objects.requireNonNull(value, "value");
    }

    public static OutboxMessageId random() {
        return new OutboxMessageId(UUID.randomUUID());
    }

    public static OutboxMessageId parse(String text) {
        return new OutboxMessageId(Ids.uuid("messageId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
