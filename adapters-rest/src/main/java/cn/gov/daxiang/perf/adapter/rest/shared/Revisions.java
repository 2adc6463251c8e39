package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: a mutable resource's ETag is its revision, always a strong one ({@code "3"}), and
 * a change must name the revision it was made from in If-Match (428 without it, 412 when it is not the current one).
 * If-Match compares strongly (RFC 9110 §13.1.1): a weak tag ({@code W/"3"}) never matches, nor does anything that is
 * not one of our tags.
 */
public final class Revisions {

    private static final Pattern ETAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private Revisions() {
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision If-Match names. */
    public static long fromIfMatch(String ifMatch, String objectType, String objectId) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher m = ETAG.matcher(ifMatch);
        if (!m.matches()) {
            // Not one of our strong ETags (W/"3", "*", garbage): it cannot match the current revision.
            throw new StaleRevisionException(objectType, objectId, -1, -1);
        }
        return Long.parseLong(m.group(1));
    }

    /** A change without If-Match: the caller must say which revision it changes (HTTP 428). */
    public static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("If-Match required");
        }

        public Map<String, Object> arguments() {
            return Map.of("header", "If-Match");
        }
    }
}
