package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.domain.access.Role;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Tokens for tests, signed with the embedded default's demo key (the test build trusts it), built the
 * way the bureau's identity provider would: issuer, audience, subject, groups, scope claims.
 */
public final class TestTokens {

    public static final String ISSUER = "https://daxiang-perf.local/demo";
    public static final String AUDIENCE = "daxiang-perf";

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
        return customise.apply(validClaims()).sign();
    }

    public static JwtClaimsBuilder validClaims() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("tester").upn("tester").expiresIn(Duration.ofHours(1));
    }
}
