package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.adapter.rest.security.RsaKeyMaterial.RsaKey;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.KeyLocationResolver;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.lang.UnresolvableKeyException;

import java.security.Key;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The verification keys exactly as the JWT layer (SmallRye JWT) loads them from its configuration, with its own
 * location rules, HTTP client and TLS settings: what {@link DemoKeyGuard} asks when it cannot read a key itself.
 */
final class JwtLayerKeys extends KeyLocationResolver {

    private static final Logger LOG = Logger.getLogger(JwtLayerKeys.class);

    private JwtLayerKeys(JWTAuthContextInfo contextInfo) throws UnresolvableKeyException {
        super(contextInfo);
    }

    /** The RSA keys the JWT layer would verify tokens with; empty when it cannot load any (it reports that itself). */
    static Set<RsaKey> loaded(JWTAuthContextInfo contextInfo) {
        Set<RsaKey> keys = new LinkedHashSet<>();
        RsaKey.of(contextInfo.getPublicVerificationKey()).ifPresent(keys::add);
        try {
            JwtLayerKeys resolver = new JwtLayerKeys(contextInfo);
            List<Key> candidates = new ArrayList<>();
            candidates.add(resolver.key);
            if (resolver.jsonWebKeys != null) {
                resolver.jsonWebKeys.stream().map(JsonWebKey::getKey).forEach(candidates::add);
            }
            if (resolver.httpsJwks != null) {
                resolver.httpsJwks.getJsonWebKeys().stream().map(JsonWebKey::getKey).forEach(candidates::add);
            }
            candidates.forEach(key -> RsaKey.of(key).ifPresent(keys::add));
        } catch (Exception unloadable) {
            LOG.infof("the JWT layer cannot load its verification key either: %s", unloadable.getMessage());
        }
        return keys;
    }
}
