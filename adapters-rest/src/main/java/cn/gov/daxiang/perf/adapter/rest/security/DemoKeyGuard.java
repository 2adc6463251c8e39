package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The demo key pair is public, so a service that trusts it trusts anybody. Outside the embedded default
 * (no demo identities) the service refuses to start when its verification key is the demo key.
 */
@ApplicationScoped
public class DemoKeyGuard {

    static final String DEMO_PUBLIC_KEY = "demo-security/public-key.pem";

    private final boolean demoIdentities;
    private final Optional<String> verificationKeyLocation;
    private final Optional<String> verificationKey;

    public DemoKeyGuard(@ConfigProperty(name = "perf.security.demo-identities.enabled", defaultValue = "false") boolean demoIdentities,
                        @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verificationKeyLocation,
                        @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> verificationKey) {
        this.demoIdentities = demoIdentities;
        this.verificationKeyLocation = verificationKeyLocation;
        this.verificationKey = verificationKey;
    }

    void onStart(@Observes StartupEvent event) {
        check();
    }

    void check() {
        if (demoIdentities) {
            return;
        }
        String demo = normalised(read(DEMO_PUBLIC_KEY).orElseThrow());
        boolean usesDemoKey = verificationKey.map(DemoKeyGuard::normalised).filter(demo::equals).isPresent()
                || verificationKeyLocation.flatMap(DemoKeyGuard::read).map(DemoKeyGuard::normalised).filter(demo::equals).isPresent();
        if (usesDemoKey) {
            throw new IllegalStateException("The token verification key is the public demo key; configure the "
                    + "identity provider's key (PERF_JWT_PUBLIC_KEY_LOCATION) before starting in production.");
        }
    }

    /** A classpath resource, or a file path or file: URL; empty when it cannot be read (the JWT layer reports that). */
    static Optional<String> read(String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path.replaceFirst("^classpath:", ""))) {
            if (in != null) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Optional.of(Files.readString(Path.of(path), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String normalised(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
