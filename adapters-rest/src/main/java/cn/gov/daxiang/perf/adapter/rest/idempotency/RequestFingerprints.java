package cn.gov.daxiang.perf.adapter.rest.idempotency;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fingerprint of a request: SHA-256 over its method, path, query (parameters sorted), {@code If-Match}, the
 * caller (subject, roles, unit, agency: the same subject acting for another unit is another request) and its body in
 * canonical form. Every part is length-prefixed, so no two different requests run together into the same bytes.
 */
final class RequestFingerprints {

    private RequestFingerprints() {
    }

    static RequestFingerprint of(String method, String path, Map<String, List<String>> query, String ifMatch, String subject,
                                 Actor actor, byte[] body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        part(sha256, "fingerprint-v1");
        part(sha256, method);
        part(sha256, path);
        part(sha256, canonicalQuery(query));
        part(sha256, ifMatch);
        part(sha256, subject);
        part(sha256, actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        part(sha256, actor.unit() == null ? null : actor.unit().value());
        part(sha256, actor.agency() == null ? null : actor.agency().value());
        part(sha256, body);
        return new RequestFingerprint(HexFormat.of().formatHex(sha256.digest()));
    }

    /** Parameters sorted by name, each name's values in the order sent. */
    static String canonicalQuery(Map<String, List<String>> query) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(query).forEach((name, values) -> values.forEach(v ->
                canonical.append(name.length()).append(':').append(name).append('=').append(v.length()).append(':').append(v).append('&')));
        return canonical.toString();
    }

    private static void part(MessageDigest digest, String text) {
        part(digest, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void part(MessageDigest digest, byte[] bytes) {
        // -1 for absent, so that an absent part differs from an empty one.
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            digest.update(Objects.requireNonNull(bytes));
        }
    }
}
