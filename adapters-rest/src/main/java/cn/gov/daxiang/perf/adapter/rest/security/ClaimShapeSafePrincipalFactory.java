package cn.gov.daxiang.perf.adapter.rest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The JWT layer's own parser, except that a validly signed token whose claims it cannot read (a {@code groups} that
 * is a number or an object makes it throw ClassCastException) is a token that does not authenticate — the same 401
 * as any bad token — rather than a server error.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ClaimShapeSafePrincipalFactory extends JWTCallerPrincipalFactory {

    private final DefaultJWTCallerPrincipalFactory delegate = new DefaultJWTCallerPrincipalFactory();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        try {
            return delegate.parse(token, authContextInfo);
        } catch (RuntimeException unreadableClaims) {
            throw new ParseException("the token's claims have shapes the JWT layer cannot read", unreadableClaims);
        }
    }
}
