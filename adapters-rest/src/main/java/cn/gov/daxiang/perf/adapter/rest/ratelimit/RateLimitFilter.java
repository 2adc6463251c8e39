package cn.gov.daxiang.perf.adapter.rest.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.security.Principal;

/**
 * Rate limits per caller on /api/ and the dashboard's pages (/dashboard, whose overview asks a dozen queries): every request takes one token from its caller's bucket ({@link RateLimiter}); with
 * none left it is answered 429 RATE_LIMITED before any endpoint runs. The caller is the authenticated user (the
 * token's subject), else the client address: anonymous requests and tokens that fail
 * authentication, so forged tokens cannot mint buckets. Every answer under /api/ carries {@code RateLimit-Policy} and
 * {@code RateLimit}, whoever produced it (endpoint, exception mapper or this filter).
 *
 * <p>A pre-matching filter, after the request id is assigned: it resolves the (lazy) identity itself, which the
 * security checks then reuse, so that requests refused 401 or 403 count too.
 */
public class RateLimitFilter {

    private final RateLimits limits;

    @Inject
    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Uni<Void> limit(RoutingContext routing) {
        String path = routing.request().path();
        if (!limits.enabled() || path == null || !(path.startsWith("/api/") || path.equals("/dashboard") || path.startsWith("/dashboard/"))) {
            return Uni.createFrom().voidItem();
        }
        return caller(routing).map(caller -> {
            RateLimiter limiter = limits.limiter();
            RateLimitDecision decision = limiter.acquire(caller);
            String policy = RateLimitHeaders.policy(limiter.policy());
            String state = RateLimitHeaders.state(decision);
            routing.addHeadersEndHandler(ignored -> routing.response().headers()
                    .set(RateLimitHeaders.POLICY, policy)
                    .set(RateLimitHeaders.LIMIT, state));
            if (!decision.allowed()) {
                throw new RateLimitedException(decision);
            }
            return null;
        });
    }

    /** "user:" and the token's subject when the request authenticates, else "address:" and the client's address. */
    private static Uni<String> caller(RoutingContext routing) {
        Uni<SecurityIdentity> deferred = routing.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        String address = "address:" + address(routing);
        if (deferred == null) {
            return Uni.createFrom().item(address);
        }
        return deferred
                .map(identity -> identity == null || identity.isAnonymous() || identity.getPrincipal() == null
                        ? address : "user:" + subject(identity.getPrincipal()))
                // a token that does not authenticate: the 401 comes later, from the security checks
                .onFailure().recoverWithItem(address);
    }

    /** The token's subject (sub), else the principal's name. */
    private static String subject(Principal principal) {
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }

    private static String address(RoutingContext routing) {
        SocketAddress remote = routing.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
