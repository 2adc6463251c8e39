package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * The dashboard's signed-in session in the embedded default: the demo identity's token in an HttpOnly cookie, sent
 * by the browser only to /dashboard. The token goes through the same JWT validation and {@link ActorIdentityAugmentor}
 * as an API bearer token, so a dashboard page sees exactly what the API would show the same user. The API itself never
 * reads the cookie (a bearer token only: no cross-site request can act there). A cookie that no longer validates
 * (expired, another key) counts as signed out, not as an error: the page sends the browser to sign in again.
 */
@ApplicationScoped
public class DashboardSessionMechanism implements HttpAuthenticationMechanism {

    /** The cookie holding the session's token. */
    public static final String COOKIE = "perf_dashboard";
    /** Where the cookie is sent and read. */
    public static final String PATH = "/dashboard";

    private static final Logger LOG = Logger.getLogger(DashboardSessionMechanism.class);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String path = context.normalizedPath();
        if (path == null || !(path.equals(PATH) || path.startsWith(PATH + "/"))) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new JsonWebTokenCredential(cookie.getValue()));
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("dashboard session cookie refused: %s", failure.getMessage());
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // The dashboard's pages send an anonymous browser to the sign-in page themselves; no challenge from here.
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE));
    }
}
