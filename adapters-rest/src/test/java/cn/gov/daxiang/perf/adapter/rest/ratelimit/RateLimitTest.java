package cn.gov.daxiang.perf.adapter.rest.ratelimit;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit over HTTP, with a limit low enough to reach: 3 requests at once, then one per 20 seconds (no test
 * waits that long). Each test uses callers of its own, so the order of the tests does not matter.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("perf.rate-limit.requests-per-minute", "3", "perf.rate-limit.burst", "3");
        }
    }

    private static final String PATH = "/api/v1/indicator-taxonomy";

    private static String tokenOf(String subject) {
        return TestTokens.signed(claims -> claims.groups(Set.of("FINANCE_ADMIN")).subject(subject));
    }

    private static Response get(String token, String language) {
        var request = given().header("Accept-Language", language);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.get(PATH);
    }

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterTheRateLimitHeadersAndAProblem() {
        String token = tokenOf("rate-limit-a");
        for (int left = 2; left >= 0; left--) {
            Response ok = get(token, "zh-CN");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Policy")).isEqualTo("\"per-caller\";q=3;w=60;burst=3");
            assertThat(ok.header("RateLimit")).startsWith("\"per-caller\";r=" + left + ";t=");
        }
        Response refused = get(token, "en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 20L);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"per-caller\";q=3;w=60;burst=3");
        assertThat(refused.header("RateLimit")).matches("\"per-caller\";r=0;t=\\d+");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Too many requests");
        assertThat(refused.jsonPath().getString("detail")).contains(refused.header("Retry-After") + " seconds");
        assertThat(refused.jsonPath().getString("requestId")).isEqualTo(refused.header("X-Request-Id"));

        Response chinese = get(token, "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(429);
        assertThat(chinese.jsonPath().getString("title")).isEqualTo("请求过于频繁");
    }

    @Test
    void oneCallersExhaustionDoesNotLimitAnother() {
        String greedy = tokenOf("rate-limit-greedy");
        for (int i = 0; i < 4; i++) {
            get(greedy, "en");
        }
        assertThat(get(greedy, "en").statusCode()).isEqualTo(429);
        Response other = get(tokenOf("rate-limit-other"), "en");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.header("RateLimit")).startsWith("\"per-caller\";r=2;");
    }

    @Test
    void tokensThatDoNotAuthenticateAreLimitedByAddressNotByTheirClaimedSubject() {
        // Each forged token claims a new subject: were they keyed by it, each would get a fresh bucket.
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            String forged = tokenOf("forged-" + i).replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl");
            Response response = get(forged, "en");
            assertThat(response.statusCode()).isIn(401, 429);
            if (response.statusCode() == 429) {
                refused++;
                assertThat(response.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
            }
        }
        assertThat(refused).as("the address's bucket of 3 ran out").isGreaterThanOrEqualTo(3);
        assertThat(get(tokenOf("rate-limit-valid"), "en").statusCode()).as("an authenticated caller keeps its own bucket").isEqualTo(200);
    }
}
