package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.domain.access.Role;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Tokens for tests, signed with the embedded default's demo key (the test build trusts it), built the
 * way the bureau's identity provider would: issuer, audience, subject, groups, scope claims. The key is read from
 * the test classpath, not from the service's signing-key setting, so that tests of the production configuration
 * (no signing key) can still make tokens.
 */
public final class TestTokens {

    public static final String ISSUER = "https://daxiang-perf.local/demo";
    public static final String AUDIENCE = "daxiang-perf";
    public static final String DEMO_PRIVATE_KEY = "demo-security/private-key.pem";
    private static final PrivateKey DEMO_SIGNING_KEY = demoSigningKey();

    private TestTokens() {
    }

    public static String financeAdmin() {
        return of(Role.FINANCE_ADMIN, null, null);
    }

    public static String financeReviewer() {
        return of(Role.FINANCE_REVIEWER, null, null);
    }

    public static String auditor() {
        return of(Role.AUDITOR, null, null);
    }

    public static String sync() {
        return of(Role.SYNC, null, null);
    }

    public static String unitOperator(String unitCode) {
        return of(Role.UNIT_OPERATOR, unitCode, null);
    }

    public static String deptReviewer(String departmentCode) {
        return of(Role.DEPT_REVIEWER, departmentCode, null);
    }

    public static String evaluator(String agencyId) {
        return of(Role.EVALUATOR, null, agencyId);
    }

    /** A well-formed token for one role and scope. */
    public static String of(Role role, String unitCode, String agencyId) {
        return signed(claims -> {
            if (unitCode != null) {
                claims.claim(ActorClaims.UNIT_CODE, unitCode);
            }
            if (agencyId != null) {
                claims.claim(ActorClaims.AGENCY_ID, agencyId);
            }
            return claims.groups(Set.of(role.name())).subject(role.name().toLowerCase() + "-tester");
        });
    }

    /** Valid claims for one hour, changed by {@code customise}, signed with the demo key. */
    public static String signed(UnaryOperator<JwtClaimsBuilder> customise) {
        return customise.apply(validClaims()).sign(DEMO_SIGNING_KEY);
    }

    /** The demo private key, for tests that sign tokens of their own making. */
    public static PrivateKey demoSigningKey() {
        try {
            return KeyUtils.readPrivateKey(DEMO_PRIVATE_KEY);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the demo private key " + DEMO_PRIVATE_KEY + " is not on the test classpath", e);
        }
    }

    public static JwtClaimsBuilder validClaims() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("tester").upn("tester").expiresIn(Duration.ofHours(1));
    }
}
