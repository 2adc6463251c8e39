package cn.gov.daxiang.perf.domain.idempotency;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;

/**
 * The key a client sends with a create (the {@code Idempotency-Key} header) so that a retry of the same request gets
 * the first answer instead of creating the object again. 1 to 255 printable ASCII characters (space to {@code ~}),
 * not blank: what an HTTP header carries unchanged and what the store can index. Compared exactly, case included.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!wellFormed(value)) {
            throw new InvalidValueException("IDEMPOTENCY_KEY_MALFORMED", Map.of("maxLength", MAX_LENGTH));
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    @Override
    public String toString() {
        return value;
    }
}
