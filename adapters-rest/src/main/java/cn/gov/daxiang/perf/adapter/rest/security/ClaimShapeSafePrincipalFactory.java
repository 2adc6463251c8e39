package cn.gov.daxiang.perf.adapter.rest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Instant;

/**
 * The JWT layer's own parser, except that a validly signed token whose claims it cannot read (a {@code groups} that
 * is a number or an object makes it throw ClassCastException) is a token that does not authenticate — the same 401
 * as any bad token — rather than a server error; and that a token verified a moment ago is not verified again
 * ({@link VerifiedTokens}).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ClaimShapeSafePrincipalFactory extends JWTCallerPrincipalFactory {

    /** Distinct tokens whose verification is reused: far more than the callers active in a minute. */
    static final int VERIFIED_TOKENS = 2_000;

    private final DefaultJWTCallerPrincipalFactory delegate = new DefaultJWTCallerPrincipalFactory();
    private final VerifiedTokens verified = new VerifiedTokens(VERIFIED_TOKENS, () -> Instant.now().getEpochSecond());
    /** The service's verification settings: the one context whose verifications are reused. */
    private volatile JWTAuthContextInfo serviceContext;

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        if (serviceContext == null) {
            serviceContext = authContextInfo;
        }
        boolean reusable = token != null && authContextInfo == serviceContext;
        if (reusable) {
            JWTCallerPrincipal known = verified.find(token);
            if (known != null) {
                return known;
            }
        }
        JWTCallerPrincipal principal;
        try {
            principal = delegate.parse(token, authContextInfo);
        } catch (RuntimeException unreadableClaims) {
            throw new ParseException("the token's claims have shapes the JWT layer cannot read", unreadableClaims);
        }
        if (reusable) {
            verified.keep(token, principal);
        }
        return principal;
    }
}
