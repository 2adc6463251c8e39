package cn.gov.daxiang.perf.adapter.rest.ratelimit;

/**
 * The rate-limit answer headers of draft-ietf-httpapi-ratelimit-headers: the policy ({@code RateLimit-Policy}) and the
 * caller's state under it ({@code RateLimit}), on every answer under /api/, and {@code Retry-After} on a 429.
 */
public final class RateLimitHeaders {

    public static final String POLICY = "RateLimit-Policy";
    public static final String LIMIT = "RateLimit";
    public static final String RETRY_AFTER = "Retry-After";
    /** The policy's name in both headers. */
    public static final String POLICY_NAME = "per-caller";

    public static final String POLICY_DESCRIPTION = "The rate-limit policy (draft-ietf-httpapi-ratelimit-headers): each caller "
            + "(the token's subject; the client address before authentication) may send q requests per w seconds, "
            + "in bursts of up to the policy's burst size. Limits hold per service instance.";
    public static final String LIMIT_DESCRIPTION = "The caller's state under the policy (draft-ietf-httpapi-ratelimit-headers): "
            + "r requests left now, t seconds until the full allowance is back.";
    public static final String POLICY_PATTERN = "^\"[a-z-]+\";q=[0-9]+;w=[0-9]+(;burst=[0-9]+)?$";
    public static final String LIMIT_PATTERN = "^\"[a-z-]+\";r=[0-9]+;t=[0-9]+$";

    private RateLimitHeaders() {
    }

    /** {@code "per-caller";q=600;w=60;burst=120}: the quota per minute and the burst. */
    public static String policy(RateLimitPolicy policy) {
        return "\"" + POLICY_NAME + "\";q=" + policy.requestsPerMinute() + ";w=60;burst=" + policy.burst();
    }

    /** {@code "per-caller";r=117;t=1}. */
    public static String state(RateLimitDecision decision) {
        return "\"" + POLICY_NAME + "\";r=" + decision.remaining() + ";t=" + decision.secondsUntilFull();
    }
}
