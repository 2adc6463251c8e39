package cn.gov.daxiang.perf.adapter.rest.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What a validly signed token must also be to authenticate here: short-lived (an {@code exp} at most the maximum
 * lifetime ahead, and never more than that after its {@code iat}), issued now rather than in the future (its
 * {@code iat} no further ahead than the clock skew), and with claims of the shapes the platform reads — {@code iat}
 * and {@code exp} whole numbers, {@code unit_code} and {@code agency_id} strings, {@code groups} a string or an array
 * of strings. The JWT layer has checked signature, issuer, audience, expiry and {@code nbf} before.
 */
final class TokenPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration maxLifetime;
    private final Duration clockSkew;

    TokenPolicy(Duration maxLifetime, Duration clockSkew) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
    }

    /** Why the token is refused, or empty when it is acceptable. Reasons go to the server log only. */
    Optional<String> refusal(String rawToken, Instant now) {
        JsonNode claims = payload(rawToken);
        if (claims == null) {
            return Optional.of("payload is not a JSON object");
        }
        JsonNode iat = claims.get("iat");
        JsonNode exp = claims.get("exp");
        if (iat == null || !iat.isIntegralNumber()) {
            return Optional.of("no numeric iat");
        }
        if (exp == null || !exp.isIntegralNumber()) {
            return Optional.of("no numeric exp");
        }
        long issuedAt = iat.asLong();
        long expires = exp.asLong();
        if (issuedAt > now.plus(clockSkew).getEpochSecond()) {
            return Optional.of("iat " + issuedAt + " is in the future");
        }
        if (expires > now.plus(maxLifetime).plus(clockSkew).getEpochSecond()) {
            return Optional.of("exp " + expires + " is further out than the maximum lifetime " + maxLifetime);
        }
        if (expires - issuedAt > maxLifetime.toSeconds()) {
            return Optional.of("lifetime " + (expires - issuedAt) + " s exceeds the maximum " + maxLifetime);
        }
        for (String scope : new String[] {ActorClaims.UNIT_CODE, ActorClaims.AGENCY_ID}) {
            JsonNode value = claims.get(scope);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return Optional.of(scope + " is a " + value.getNodeType() + ", not a string");
            }
        }
        JsonNode groups = claims.get(ActorClaims.ROLES);
        if (groups != null && !groups.isNull() && !groups.isTextual()) {
            if (!groups.isArray()) {
                return Optional.of("groups is a " + groups.getNodeType());
            }
            for (JsonNode group : groups) {
                if (!group.isTextual()) {
                    return Optional.of("groups holds a " + group.getNodeType());
                }
            }
        }
        return Optional.empty();
    }

    /** The claims of a signed (JWS compact) token, whose signature the JWT layer has verified. */
    private static JsonNode payload(String rawToken) {
        if (rawToken == null) {
            return null;
        }
        String[] parts = rawToken.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims != null && claims.isObject() ? claims : null;
        } catch (IOException | IllegalArgumentException malformed) {
            return null;
        }
    }
}
