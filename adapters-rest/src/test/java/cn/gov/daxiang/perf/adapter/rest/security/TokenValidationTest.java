package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
                Arguments.of("not a JWT", (Supplier<String>) () -> "not-a-token"));
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
