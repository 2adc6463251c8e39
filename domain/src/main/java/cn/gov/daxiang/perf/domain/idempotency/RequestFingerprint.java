package cn.gov.daxiang.perf.domain.idempotency;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes two requests "the same request" for an idempotency key: a SHA-256 digest (64 lowercase hex digits) of
 * the request as the server understood it. The adapter that receives requests computes it; the domain only compares.
 */
public record RequestFingerprint(String value) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RequestFingerprint {
        Objects.requireNonNull(value, "value");
        if (!SHA_256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest in hex: " + value);
        }
    }
}
