package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record AllocationDecisionId(UUID value) {

    public AllocationDecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static AllocationDecisionId newId() {
        return new AllocationDecisionId(UUID.randomUUID());
    }

    public static AllocationDecisionId parse(String text) {
        try {
            return new AllocationDecisionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("ALLOCATION_DECISION_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
