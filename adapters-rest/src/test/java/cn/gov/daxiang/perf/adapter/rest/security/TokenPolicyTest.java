package cn.gov.daxiang.perf.adapter.rest.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured limits, at their edges (the HTTP behaviour with real signed tokens is TokenValidationTest's). */
class TokenPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final long T = NOW.getEpochSecond();

    private final TokenPolicy tenMinutesTwoSecondsSkew = new TokenPolicy(Duration.ofMinutes(10), Duration.ofSeconds(2));

    @Test
    void aConfiguredMaximumLifetimeBoundsExpFromNowAndFromIat() {
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 600, ""), NOW)).isEmpty();
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 601, ""), NOW)).get().asString().contains("lifetime");
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T - 300, T + 603, ""), NOW)).get().asString().contains("maximum lifetime");
    }

    @Test
    void aConfiguredClockSkewBoundsIatInTheFuture() {
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T + 2, T + 300, ""), NOW)).isEmpty();
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T + 3, T + 300, ""), NOW)).get().asString().contains("future");
    }

    @Test
    void scopeClaimsMustBeStringsAndGroupsStringsOnly() {
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 60, ",\"unit_code\":\"105002\",\"groups\":[\"UNIT_OPERATOR\"]"), NOW)).isEmpty();
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 60, ",\"unit_code\":105002"), NOW)).isPresent();
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 60, ",\"agency_id\":[\"A\"]"), NOW)).isPresent();
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 60, ",\"groups\":{\"a\":1}"), NOW)).isPresent();
        assertThat(tenMinutesTwoSecondsSkew.refusal(token(T, T + 60, ",\"groups\":[true]"), NOW)).isPresent();
    }

    @Test
    void fractionalOrMissingTimesAreRefused() {
        assertThat(tenMinutesTwoSecondsSkew.refusal(payload("{\"exp\":" + (T + 60) + "}"), NOW)).get().asString().contains("iat");
        assertThat(tenMinutesTwoSecondsSkew.refusal(payload("{\"iat\":" + T + ",\"exp\":" + (T + 60) + ".5}"), NOW)).get().asString().contains("exp");
        assertThat(tenMinutesTwoSecondsSkew.refusal("not.a-token", NOW)).isPresent();
    }

    private static String token(long iat, long exp, String more) {
        return payload("{\"iat\":" + iat + ",\"exp\":" + exp + more + "}");
    }

    private static String payload(String json) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
