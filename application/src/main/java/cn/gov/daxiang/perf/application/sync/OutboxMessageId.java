package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
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
        try {
            return new OutboxMessageId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("messageId", "SYNC_ID_MALFORMED", Map.of("field", "messageId", "value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
