package cn.gov.daxiang.perf.adapter.rest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** When a verified token is reused and when it is verified again (the HTTP behaviour is TokenValidationTest's). */
class VerifiedTokensTest {

    private static final long T = 1_740_816_000L;

    private final AtomicLong now = new AtomicLong(T);
    private final VerifiedTokens tokens = new VerifiedTokens(3, now::get);

    @Test
    void theSameTokenTextIsReusedOtherTextsAreNot() {
        JWTCallerPrincipal principal = principal("a", T + 3600);
        tokens.keep("token-a", principal);

        assertThat(tokens.find("token-a")).isSameAs(principal);
        assertThat(tokens.find("token-a ")).isNull();
        assertThat(tokens.find("token-b")).isNull();
    }

    @Test
    void aVerificationServesAtMostAMinute() {
        tokens.keep("token-a", principal("a", T + 3600));

        now.set(T + VerifiedTokens.MAX_AGE_SECONDS - 1);
        assertThat(tokens.find("token-a")).isNotNull();
        now.set(T + VerifiedTokens.MAX_AGE_SECONDS);
        assertThat(tokens.find("token-a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsNeverReusedFromItsExpiryOn() {
        tokens.keep("token-a", principal("a", T + 10));
        tokens.keep("token-expired", principal("x", T));

        now.set(T + 9);
        assertThat(tokens.find("token-a")).isNotNull();
        now.set(T + 10);
        assertThat(tokens.find("token-a")).isNull();
        assertThat(tokens.find("token-expired")).isNull();
    }

    @Test
    void whenFullExpiredEntriesMakeRoomElseTheNewTokenIsNotKept() {
        tokens.keep("token-1", principal("1", T + 5));
        tokens.keep("token-2", principal("2", T + 3600));
        tokens.keep("token-3", principal("3", T + 3600));

        tokens.keep("token-4", principal("4", T + 3600));
        assertThat(tokens.find("token-4")).isNull();
        assertThat(tokens.find("token-1")).isNotNull();

        now.set(T + 5);
        tokens.keep("token-4", principal("4", T + 3600));
        assertThat(tokens.find("token-4")).isNotNull();
        assertThat(tokens.size()).isEqualTo(3);
    }

    private static JWTCallerPrincipal principal(String subject, long exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setExpirationTime(NumericDate.fromSeconds(exp));
        return new DefaultJWTCallerPrincipal(claims);
    }
}
