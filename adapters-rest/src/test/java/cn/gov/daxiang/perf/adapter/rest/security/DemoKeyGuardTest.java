package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.adapter.rest.security.DemoKeyGuard.KeySettings;
import cn.gov.daxiang.perf.adapter.rest.security.RsaKeyMaterial.RsaKey;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard compares the key itself: the demo key is refused in every encoding and at every kind of location the JWT
 * layer reads, and any other key passes.
 */
class DemoKeyGuardTest {

    private static final String DEMO_PEM_RESOURCE = DemoKeyGuard.DEMO_PUBLIC_KEY;
    private static final Supplier<Set<RsaKey>> JWT_LAYER_READS_NOTHING = Set::of;

    @TempDir
    Path dir;
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    // --- the demo key, in every encoding --------------------------------------------------------------------

    @Test
    void theDemoKeyAsX509PemOnTheClasspathIsRefused() {
        assertRefused(verificationAt(DEMO_PEM_RESOURCE));
        assertRefused(verificationAt("classpath:" + DEMO_PEM_RESOURCE));
        assertRefused(verificationAt("classpath:/" + DEMO_PEM_RESOURCE));
    }

    @Test
    void theDemoKeyAsX509PemInlineFileUrlOrPlainPathIsRefused() throws IOException {
        String pem = demoPem();
        assertRefused(inline(pem));
        Path file = write("demo.pem", pem);
        assertRefused(verificationAt("file:" + file));
        assertRefused(verificationAt(file.toUri().toString()));
        assertRefused(verificationAt(file.toString()));
    }

    @Test
    void theDemoKeyAsPkcs1RsaPublicKeyPemIsRefused() throws IOException {
        String pkcs1 = pem("RSA PUBLIC KEY", pkcs1(demoKey()));
        assertThat(pkcs1).startsWith("-----BEGIN RSA PUBLIC KEY-----");
        assertRefused(verificationAt(write("demo-pkcs1.pem", pkcs1).toString()));
        assertRefused(inline(pkcs1));
    }

    @Test
    void theDemoKeyAsBareBase64OrBinaryDerIsRefused() throws IOException {
        byte[] spki = demoKey().getEncoded();
        assertRefused(inline(Base64.getEncoder().encodeToString(spki)));
        assertRefused(inline(Base64.getMimeEncoder().encodeToString(pkcs1(demoKey()))));
        Path der = dir.resolve("demo.der");
        Files.write(der, spki);
        assertRefused(verificationAt(der.toString()));
    }

    @Test
    void theDemoKeyInAnX509CertificateIsRefused() {
        assertRefused(verificationAt("test-security/demo-key-certificate.pem"));
    }

    @Test
    void theDemoKeyAsASingleJwkOrBase64UrlEncodedJwkIsRefused() {
        String jwk = jwk(demoKey(), "demo");
        assertRefused(inline(jwk));
        assertRefused(inline(Base64.getUrlEncoder().withoutPadding().encodeToString(jwk.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theDemoKeyAsAnyKeyOfAJwksFileIsRefused() throws Exception {
        String jwks = "{\"keys\":[" + jwk(otherKey(), "idp-2024") + "," + jwk(demoKey(), "idp-2025") + "," + jwk(otherKey(), "idp-2026") + "]}";
        assertRefused(verificationAt(write("jwks.json", jwks).toString()));
    }

    @Test
    void theDemoKeyInAJwksServedOverHttpIsRefused() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        String url = serve("/realms/perf/protocol/openid-connect/certs",
                "{\"keys\":[" + jwk(otherKey(), "current") + "," + jwk(demoKey(), "leaked") + "]}", fetches);
        assertRefused(verificationAt(url));
        assertThat(fetches.get()).as("the guard fetched the key set itself").isPositive();
    }

    @Test
    void theDemoKeyAsPemServedOverHttpIsRefused() throws Exception {
        assertRefused(verificationAt(serve("/key.pem", demoPem(), new AtomicInteger())));
    }

    @Test
    void theDemoKeyUnderSmallRyesOwnLocationPropertyIsRefused() throws IOException {
        KeySettings settings = KeySettings.of(Optional.empty(), Optional.of("test-security/other-public-key.pem"),
                Optional.of(write("demo.pem", demoPem()).toString()), Optional.empty(), Optional.empty());
        assertRefused(settings);
    }

    @Test
    void theDemoSigningKeyIsRefusedOutsideTheEmbeddedDefault() throws IOException {
        String privatePem = new String(getClass().getClassLoader().getResourceAsStream(TestTokens.DEMO_PRIVATE_KEY).readAllBytes(),
                StandardCharsets.US_ASCII);
        KeySettings signingFile = new KeySettings(Map.of(), Map.of("mp.jwt.verify.publickey.location", "test-security/other-public-key.pem"),
                Map.of(), Map.of("smallrye.jwt.sign.key.location", TestTokens.DEMO_PRIVATE_KEY));
        assertRefused(signingFile);
        KeySettings signingInline = new KeySettings(Map.of(), Map.of("mp.jwt.verify.publickey.location", "test-security/other-public-key.pem"),
                Map.of("smallrye.jwt.sign.key", privatePem), Map.of());
        assertRefused(signingInline);
    }

    @Test
    void aLocationOnlyTheJwtLayerCanReadIsStillChecked() {
        // e.g. an https URL behind the JWT layer's own trust store: the guard cannot fetch it, the JWT layer can.
        KeySettings unreachable = settings(Map.of(), Map.of("mp.jwt.verify.publickey.location", "https://127.0.0.1:1/certs"));
        DemoKeyGuard guard = new DemoKeyGuard(false, unreachable, Duration.ofSeconds(2), () -> Set.of(DemoKeyGuard.demoKey()));
        assertThatThrownBy(guard::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("as the JWT layer loads it");
    }

    @Test
    void theJwtLayersOwnLoadingYieldsTheKeysItVerifiesWith() throws Exception {
        RsaKey demo = DemoKeyGuard.demoKey();
        assertThat(JwtLayerKeys.loaded(new JWTAuthContextInfo("classpath:" + DEMO_PEM_RESOURCE, "https://issuer.test"))).containsExactly(demo);
        String jwks = serve("/jwks", "{\"keys\":[" + jwk(otherKey(), "a") + "," + jwk(demoKey(), "b") + "]}", new AtomicInteger());
        assertThat(JwtLayerKeys.loaded(new JWTAuthContextInfo(jwks, "https://issuer.test"))).hasSize(2).contains(demo);
        assertThat(JwtLayerKeys.loaded(new JWTAuthContextInfo("http://127.0.0.1:1/nothing", "https://issuer.test"))).isEmpty();
    }

    // --- what passes ----------------------------------------------------------------------------------------------

    @Test
    void anotherKeyPassesAsPemFileAndAsJwksOverHttp() throws Exception {
        assertPasses(verificationAt("test-security/other-public-key.pem"));
        assertPasses(verificationAt(serve("/certs", "{\"keys\":[" + jwk(otherKey(), "a") + "," + jwk(otherKey(), "b") + "]}",
                new AtomicInteger())));
        assertPasses(inline(pem("RSA PUBLIC KEY", pkcs1(otherKey()))));
    }

    @Test
    void anUnreadableLocationIsLeftToTheJwtLayerToReport() {
        assertPasses(verificationAt(dir.resolve("missing.pem").toString()));
        assertPasses(verificationAt("http://127.0.0.1:1/certs"));
    }

    @Test
    void theEmbeddedDefaultWithItsDemoIdentitiesMayUseTheDemoKey() {
        KeySettings demo = new KeySettings(Map.of(), Map.of("mp.jwt.verify.publickey.location", DEMO_PEM_RESOURCE), Map.of(),
                Map.of("smallrye.jwt.sign.key.location", TestTokens.DEMO_PRIVATE_KEY));
        assertThatCode(new DemoKeyGuard(true, demo, Duration.ofSeconds(2), JWT_LAYER_READS_NOTHING)::check).doesNotThrowAnyException();
    }

    @Test
    void theKeyMaterialOfOneKeyIsTheSameInEveryEncoding() throws Exception {
        RSAPublicKey key = demoKey();
        RsaKey expected = new RsaKey(key.getModulus(), key.getPublicExponent());
        for (String encoding : new String[] {demoPem(), pem("RSA PUBLIC KEY", pkcs1(key)), Base64.getEncoder().encodeToString(key.getEncoded()),
                jwk(key, null), "{\"keys\":[" + jwk(key, "k") + "]}"}) {
            assertThat(RsaKeyMaterial.keysIn(encoding)).as(encoding).containsExactly(expected);
        }
        assertThat(RsaKeyMaterial.keysIn("not a key")).isEmpty();
        assertThat(RsaKeyMaterial.keysIn("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}]}")).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private void assertRefused(KeySettings settings) {
        DemoKeyGuard guard = new DemoKeyGuard(false, settings, Duration.ofSeconds(5), JWT_LAYER_READS_NOTHING);
        assertThatThrownBy(guard::check).as(settings.toString()).isInstanceOf(IllegalStateException.class).hasMessageContaining("demo key");
    }

    private void assertPasses(KeySettings settings) {
        assertThatCode(new DemoKeyGuard(false, settings, Duration.ofSeconds(2), JWT_LAYER_READS_NOTHING)::check)
                .as(settings.toString()).doesNotThrowAnyException();
    }

    private static KeySettings verificationAt(String location) {
        return settings(Map.of(), Map.of("mp.jwt.verify.publickey.location", location));
    }

    private static KeySettings inline(String key) {
        return settings(Map.of("mp.jwt.verify.publickey", key), Map.of());
    }

    private static KeySettings settings(Map<String, String> inline, Map<String, String> locations) {
        return new KeySettings(inline, locations, Map.of(), Map.of());
    }

    private static String demoPem() {
        return KeyEncodings.demoPublicKeyPem();
    }

    private static RSAPublicKey demoKey() {
        return KeyEncodings.demoPublicKey();
    }

    private static RSAPublicKey otherKey() {
        return KeyEncodings.newKey();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private String serve(String path, String body, AtomicInteger fetches) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            fetches.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String jwk(RSAPublicKey key, String kid) {
        return KeyEncodings.jwk(key, kid);
    }

    private static String pem(String type, byte[] der) {
        return KeyEncodings.pem(type, der);
    }

    private static byte[] pkcs1(RSAPublicKey key) {
        return KeyEncodings.pkcs1(key);
    }
}
