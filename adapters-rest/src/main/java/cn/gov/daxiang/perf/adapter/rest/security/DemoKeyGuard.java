package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.adapter.rest.security.RsaKeyMaterial.RsaKey;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The demo key pair is public, so a service that trusts it trusts anybody. Outside the embedded default (no demo
 * identities) the service refuses to start when its verification key, or its signing key, is the demo key — compared
 * by the key itself (RSA modulus and exponent), whatever its encoding (PEM, PKCS#1, base64 or binary DER, certificate,
 * JWK, JWK set) and wherever it is (inline, classpath, file, http(s) URL).
 * <p>
 * A location this guard cannot read, or whose content it cannot interpret, is asked of the JWT layer itself, which
 * may read what the guard cannot (its own TLS trust settings, for one). When neither can read it, the service starts
 * and the JWT layer refuses every token until the key is readable.
 */
@ApplicationScoped
public class DemoKeyGuard {

    static final String DEMO_PUBLIC_KEY = "demo-security/public-key.pem";
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(DemoKeyGuard.class);

    /** Where keys are configured, each under the property that names it. */
    record KeySettings(Map<String, String> verificationKeys, Map<String, String> verificationKeyLocations,
                       Map<String, String> signingKeys, Map<String, String> signingKeyLocations) {

        static KeySettings of(Optional<String> verificationKey, Optional<String> verificationKeyLocation,
                              Optional<String> smallryeVerificationKeyLocation, Optional<String> signingKey,
                              Optional<String> signingKeyLocation) {
            return new KeySettings(named("mp.jwt.verify.publickey", verificationKey),
                    merge(named("mp.jwt.verify.publickey.location", verificationKeyLocation),
                            named("smallrye.jwt.verify.key.location", smallryeVerificationKeyLocation)),
                    named("smallrye.jwt.sign.key", signingKey), named("smallrye.jwt.sign.key.location", signingKeyLocation));
        }

        private static Map<String, String> named(String property, Optional<String> value) {
            return value.filter(v -> !v.isBlank()).map(v -> Map.of(property, v)).orElse(Map.of());
        }

        private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
            Map<String, String> both = new LinkedHashMap<>(a);
            both.putAll(b);
            return both;
        }
    }

    private final boolean demoIdentities;
    private final KeySettings settings;
    private final Duration readTimeout;
    private final Supplier<Set<RsaKey>> jwtLayerKeys;

    @Inject
    public DemoKeyGuard(@ConfigProperty(name = "perf.security.demo-identities.enabled", defaultValue = "false") boolean demoIdentities,
                        @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> verificationKey,
                        @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verificationKeyLocation,
                        @ConfigProperty(name = "smallrye.jwt.verify.key.location") Optional<String> smallryeVerificationKeyLocation,
                        @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> signingKey,
                        @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKeyLocation,
                        Instance<JWTAuthContextInfo> jwtLayer) {
        this(demoIdentities, KeySettings.of(verificationKey, verificationKeyLocation, smallryeVerificationKeyLocation, signingKey,
                signingKeyLocation), READ_TIMEOUT, () -> JwtLayerKeys.loaded(jwtLayer.get()));
    }

    DemoKeyGuard(boolean demoIdentities, KeySettings settings, Duration readTimeout, Supplier<Set<RsaKey>> jwtLayerKeys) {
        this.demoIdentities = demoIdentities;
        this.settings = settings;
        this.readTimeout = readTimeout;
        this.jwtLayerKeys = jwtLayerKeys;
    }

    void onStart(@Observes StartupEvent event) {
        check();
    }

    void check() {
        if (demoIdentities) {
            return;
        }
        RsaKey demo = demoKey();
        List<String> demoFound = new ArrayList<>();
        boolean uninterpreted = false;
        for (Map.Entry<String, String> inline : settings.verificationKeys().entrySet()) {
            Set<RsaKey> keys = RsaKeyMaterial.keysIn(inline.getValue());
            uninterpreted |= keys.isEmpty();
            if (keys.contains(demo)) {
                demoFound.add(inline.getKey());
            }
        }
        for (Map.Entry<String, String> location : settings.verificationKeyLocations().entrySet()) {
            Optional<Set<RsaKey>> keys = KeyLocations.read(location.getValue(), readTimeout).map(RsaKeyMaterial::keysIn);
            if (keys.isEmpty() || keys.get().isEmpty()) {
                LOG.infof("%s=%s: not readable or no RSA key found here; asking the JWT layer", location.getKey(), location.getValue());
                uninterpreted = true;
            } else if (keys.get().contains(demo)) {
                demoFound.add(location.getKey() + "=" + location.getValue());
            }
        }
        if (uninterpreted && jwtLayerKeys.get().contains(demo)) {
            demoFound.add("the verification key as the JWT layer loads it");
        }
        for (Map.Entry<String, String> inline : settings.signingKeys().entrySet()) {
            if (RsaKeyMaterial.keysIn(inline.getValue()).contains(demo)) {
                demoFound.add(inline.getKey());
            }
        }
        for (Map.Entry<String, String> location : settings.signingKeyLocations().entrySet()) {
            if (KeyLocations.read(location.getValue(), readTimeout).map(RsaKeyMaterial::keysIn).orElse(Set.of()).contains(demo)) {
                demoFound.add(location.getKey() + "=" + location.getValue());
            }
        }
        if (!demoFound.isEmpty()) {
            throw new IllegalStateException("The public demo key is configured (" + String.join("; ", demoFound) + "). It proves "
                    + "nothing: configure the identity provider's key (PERF_JWT_PUBLIC_KEY_LOCATION) and no signing key "
                    + "before starting in production.");
        }
    }

    /** The demo public key this build carries (public, so not a secret). */
    static RsaKey demoKey() {
        Set<RsaKey> keys = KeyLocations.read("classpath:" + DEMO_PUBLIC_KEY, READ_TIMEOUT).map(RsaKeyMaterial::keysIn).orElse(Set.of());
        if (keys.size() != 1) {
            throw new IllegalStateException("the build lacks the demo public key " + DEMO_PUBLIC_KEY + " that it must refuse");
        }
        return keys.iterator().next();
    }
}
