package cn.gov.daxiang.perf.adapter.rest.security;

/** The token claims the platform reads, beside the standard ones (sub/upn, iss, aud, exp, nbf). */
public final class ActorClaims {

    /** Roles: the MicroProfile JWT {@code groups} claim, e.g. ["UNIT_OPERATOR"]. */
    public static final String ROLES = "groups";
    /** The unit (UNIT_OPERATOR) or department (DEPT_REVIEWER) the user acts for, e.g. "105002". */
    public static final String UNIT_CODE = "unit_code";
    /** The third-party agency of an EVALUATOR, e.g. "ZHENRUI". */
    public static final String AGENCY_ID = "agency_id";

    private ActorClaims() {
    }
}
