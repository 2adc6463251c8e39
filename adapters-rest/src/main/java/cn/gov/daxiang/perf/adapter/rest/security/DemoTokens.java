package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Signs tokens for the demo identities with the embedded default's demo key: the API's one-step tokens and the
 * dashboard's demo sign-in. The production build has neither the key nor this bean (a build-time switch).
 */
@ApplicationScoped
@IfBuildProperty(name = "perf.security.demo-identities.enabled", stringValue = "true")
public class DemoTokens {

    /** How long a demo token lasts: a working day. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    private final String issuer;
    private final String audience;

    public DemoTokens(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                      @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A signed token for the demo identity with this id, or empty when there is none. */
    public Optional<String> sign(String id) {
        return DemoIdentity.byId(id).map(this::sign);
    }

    private String sign(DemoIdentity identity) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).audience(audience).subject(identity.id()).upn(identity.id())
                .claim("name", identity.name())
                .groups(Set.of(identity.role().name()))
                .expiresIn(LIFETIME);
        if (identity.unitCode() != null) {
            claims.claim(ActorClaims.UNIT_CODE, identity.unitCode());
        }
        if (identity.agencyId() != null) {
            claims.claim(ActorClaims.AGENCY_ID, identity.agencyId());
        }
        return claims.sign();
    }
}
