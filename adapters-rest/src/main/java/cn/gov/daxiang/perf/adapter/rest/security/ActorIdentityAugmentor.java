package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a validated token into the domain's {@link Actor}. A token that is too long-lived, issued in the future or
 * whose claims have the wrong shape ({@link TokenPolicy}), whose roles lack the scope they need (a UNIT_OPERATOR
 * without unit_code, an EVALUATOR without agency_id) or whose scope is malformed does not authenticate at all: 401,
 * with the reason only in the server log.
 */
@ApplicationScoped
public class ActorIdentityAugmentor implements SecurityIdentityAugmentor {

    public static final String ACTOR_ATTRIBUTE = "perf.actor";
    private static final Logger LOG = Logger.getLogger(ActorIdentityAugmentor.class);

    private final TokenPolicy policy;

    public ActorIdentityAugmentor(@ConfigProperty(name = "perf.security.token.max-lifetime-seconds", defaultValue = "28800") long maxLifetime,
                                  @ConfigProperty(name = "perf.security.token.clock-skew-seconds", defaultValue = "60") long clockSkew) {
        this.policy = new TokenPolicy(Duration.ofSeconds(maxLifetime), Duration.ofSeconds(clockSkew));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Optional<String> refusal = policy.refusal(token.getRawToken(), Instant.now());
        if (refusal.isPresent()) {
            LOG.infof("token of %s refused: %s", token.getName(), refusal.get());
            return Uni.createFrom().failure(new AuthenticationFailedException("TOKEN_REFUSED"));
        }
        try {
            Actor actor = actorOf(token, identity.getRoles());
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addAttribute(ACTOR_ATTRIBUTE, actor).build());
        } catch (DomainException e) {
            LOG.infof("token of %s refused: %s", token.getName(), e.getMessage());
            return Uni.createFrom().failure(new AuthenticationFailedException(e.code()));
        }
    }

    static Actor actorOf(JsonWebToken token, Set<String> roleClaims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleClaims.forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        // TokenPolicy has made sure these are strings (or absent).
        String unit = text(token.getClaim(ActorClaims.UNIT_CODE));
        String agency = text(token.getClaim(ActorClaims.AGENCY_ID));
        return new Actor(token.getName(), roles, unit == null ? null : UnitCode.of(unit),
                agency == null ? null : new AgencyId(agency), null);
    }

    /** A string claim as the JWT layer hands it out: a String or a JSON string; null when absent. */
    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
