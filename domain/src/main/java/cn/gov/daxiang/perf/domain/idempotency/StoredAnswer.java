package cn.gov.daxiang.perf.domain.idempotency;

import java.util.Arrays;
import java.util.Objects;

/**
 * The answer to a create as it was sent, to be sent again to a retry: status, content type, body bytes and the
 * headers that name what was created ({@code Location}, {@code ETag}; null when the answer had none).
 */
public record StoredAnswer(int status, String contentType, byte[] body, String location, String etag) {

    public StoredAnswer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /** Only successful (2xx) answers are kept: a refused request changed nothing, and its retry must run again. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAnswer that && status == that.status && Objects.equals(contentType, that.contentType)
                && Arrays.equals(body, that.body) && Objects.equals(location, that.location) && Objects.equals(etag, that.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body), location, etag);
    }

    @Override
    public String toString() {
        return "StoredAnswer[" + status + ", " + contentType + ", " + body.length + " bytes, location=" + location + ", etag=" + etag + "]";
    }
}
