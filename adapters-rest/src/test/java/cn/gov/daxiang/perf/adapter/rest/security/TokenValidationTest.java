package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every kind of bad token answers the same 401 problem; the response never says what was wrong. */
@QuarkusTest
class TokenValidationTest {

    private static final String PROTECTED = "/api/v1/projects";

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) () -> TestTokens.signed(c -> c
                        .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minus(Duration.ofMinutes(10))))),
                Arguments.of("not yet valid", (Supplier<String>) () -> TestTokens.signed(c -> c
                        .claim("nbf", Instant.now().plus(Duration.ofMinutes(30)).getEpochSecond()))),
                Arguments.of("wrong issuer", (Supplier<String>) () -> TestTokens.signed(c -> c.issuer("https://evil.example/"))),
                Arguments.of("wrong audience", (Supplier<String>) () -> TestTokens.signed(c -> c.audience("another-service"))),
                Arguments.of("alg none", (Supplier<String>) TokenValidationTest::unsignedToken),
                Arguments.of("bad signature", (Supplier<String>) () -> TestTokens.validClaims().groups(Set.of("FINANCE_ADMIN")).sign(foreignKey())),
                Arguments.of("tampered payload", (Supplier<String>) TokenValidationTest::tamperedToken),
                Arguments.of("unit role without unit_code", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("UNIT_OPERATOR")))),
                Arguments.of("department role without unit_code", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("DEPT_REVIEWER")))),
                Arguments.of("evaluator without agency_id", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("EVALUATOR")))),
                Arguments.of("malformed unit_code", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("UNIT_OPERATOR"))
                        .claim("unit_code", "../105002"))),
                Arguments.of("not a JWT", (Supplier<String>) () -> "not-a-token"),
                // Time limits: at most 8 hours, not issued in the future, iat and exp both present.
                Arguments.of("exp 100 years out", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("AUDITOR"))
                        .expiresAt(Instant.now().plus(Duration.ofDays(36_500))))),
                Arguments.of("exp 8 h 2 min out", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("AUDITOR"))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofHours(8).plusMinutes(2))))),
                Arguments.of("9 h between iat and exp", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("AUDITOR"))
                        .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().plus(Duration.ofHours(7))))),
                Arguments.of("iat 5 min in the future", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("AUDITOR"))
                        .issuedAt(Instant.now().plus(Duration.ofMinutes(5))))),
                Arguments.of("no iat", (Supplier<String>) () -> rawSigned(claims(Instant.now().getEpochSecond() + 3600, null, "\"AUDITOR\"", ""))),
                Arguments.of("no exp", (Supplier<String>) () -> rawSigned(claims(null, Instant.now().getEpochSecond(), "\"AUDITOR\"", ""))),
                Arguments.of("iat not a number", (Supplier<String>) () -> rawSigned(claims(Instant.now().getEpochSecond() + 3600, null,
                        "\"AUDITOR\"", ",\"iat\":\"yesterday\""))),
                // Claims of the wrong shape, validly signed.
                Arguments.of("unit_code a number", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("UNIT_OPERATOR"))
                        .claim("unit_code", 105002))),
                Arguments.of("unit_code an array", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("UNIT_OPERATOR"))
                        .claim("unit_code", List.of("105002")))),
                Arguments.of("unit_code an object", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("UNIT_OPERATOR"))
                        .claim("unit_code", Map.of("code", "105002")))),
                Arguments.of("unit_code a number beside a role that needs none", (Supplier<String>) () -> TestTokens.signed(c -> c
                        .groups(Set.of("AUDITOR")).claim("unit_code", 105002))),
                Arguments.of("agency_id a number", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("EVALUATOR"))
                        .claim("agency_id", 42))),
                Arguments.of("agency_id an array", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("EVALUATOR"))
                        .claim("agency_id", List.of("ZHENRUI")))),
                Arguments.of("agency_id an object", (Supplier<String>) () -> TestTokens.signed(c -> c.groups(Set.of("EVALUATOR"))
                        .claim("agency_id", Map.of("id", "ZHENRUI")))),
                Arguments.of("groups a number", (Supplier<String>) () -> rawSigned(claims(Instant.now().getEpochSecond() + 3600,
                        Instant.now().getEpochSecond(), "7", ""))),
                Arguments.of("groups an object", (Supplier<String>) () -> rawSigned(claims(Instant.now().getEpochSecond() + 3600,
                        Instant.now().getEpochSecond(), "{\"role\":\"FINANCE_ADMIN\"}", ""))),
                Arguments.of("groups holding a number", (Supplier<String>) () -> rawSigned(claims(Instant.now().getEpochSecond() + 3600,
                        Instant.now().getEpochSecond(), "[\"AUDITOR\",7]", ""))));
    }

    @Test
    void aTokenOfExactlyTheMaximumLifetimeIsAccepted() {
        Instant now = Instant.now();
        given().auth().oauth2(TestTokens.signed(c -> c.groups(Set.of("AUDITOR")).issuedAt(now).expiresAt(now.plus(Duration.ofHours(8)))))
                .when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void anIatWithinTheClockSkewIsAccepted() {
        Instant issuerClock = Instant.now().plusSeconds(30);
        given().auth().oauth2(TestTokens.signed(c -> c.groups(Set.of("AUDITOR")).issuedAt(issuerClock)
                        .expiresAt(issuerClock.plus(Duration.ofHours(1)))))
                .when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void groupsAsOneStringIsReadAsOneRole() {
        given().auth().oauth2(rawSigned(claims(Instant.now().getEpochSecond() + 3600, Instant.now().getEpochSecond(), "\"AUDITOR\"", "")))
                .when().get(PROTECTED).then().statusCode(200);
    }

    /** The payload of a token for the test issuer and audience, with exactly the time claims given. */
    private static String claims(Long exp, Long iat, String groupsJson, String more) {
        return "{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\"raw-tester\",\"upn\":\"raw-tester\""
                + (exp == null ? "" : ",\"exp\":" + exp) + (iat == null ? "" : ",\"iat\":" + iat)
                + ",\"groups\":" + groupsJson + more + "}";
    }

    /** A payload exactly as given, signed RS256 with the demo key: what a misbehaving identity provider could send. */
    private static String rawSigned(String payload) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(payload);
            jws.setKey(TestTokens.demoSigningKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenIs401WithTheSameProblemWhateverIsWrong(String kind, Supplier<String> token) {
        Response bad = given().auth().oauth2(token.get()).when().get(PROTECTED);
        Response none = given().when().get(PROTECTED);

        assertThat(bad.statusCode()).as(kind).isEqualTo(401);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(bad.jsonPath().getString("code")).isEqualTo("NOT_AUTHENTICATED");
        assertThat(bad.jsonPath().getString("detail")).as("says nothing about " + kind).isEqualTo(none.jsonPath().getString("detail"));
        assertThat(bad.asString()).doesNotContainIgnoringCase("expired").doesNotContainIgnoringCase("issuer")
                .doesNotContainIgnoringCase("signature").doesNotContainIgnoringCase("audience").doesNotContain("unit_code");
    }

    @Test
    void noTokenIs401ProblemJson() {
        given().when().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_AUTHENTICATED"));
    }

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(TestTokens.auditor()).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void rolesOfOtherSystemsAreIgnoredNotAnError() {
        given().auth().oauth2(TestTokens.signed(c -> c.groups(Set.of("AUDITOR", "offline_access"))))
                .when().get(PROTECTED).then().statusCode(200);
    }

    private static String unsignedToken() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE
                + "\",\"sub\":\"x\",\"groups\":[\"FINANCE_ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** A genuine token whose payload is swapped for one granting more: the signature no longer matches. */
    private static String tamperedToken() {
        String[] parts = TestTokens.auditor().split("\\.");
        String granted = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"" + TestTokens.ISSUER
                + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\"x\",\"groups\":[\"FINANCE_ADMIN\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + granted + "." + parts[2];
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
