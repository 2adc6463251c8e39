package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The service as the production build configures its security: no demo identities (a build-time switch,
 * so the endpoint does not exist) and the identity provider's key instead of the demo key, so that even a
 * token signed with the public demo key is refused.
 */
@QuarkusTest
@TestProfile(ProductionSecurityTest.ProductionSecurity.class)
class ProductionSecurityTest {

    public static class ProductionSecurity implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "perf.security.demo-identities.enabled", "false",
                    "mp.jwt.verify.publickey.location", "test-security/other-public-key.pem",
                    "smallrye.jwt.sign.key.location", "");
        }
    }

    @Inject
    Instance<JWTAuthContextInfo> jwtLayer;

    @Test
    void theGuardCanAskTheJwtLayerForTheKeyItVerifiesWith() {
        assertThat(jwtLayer.isResolvable()).isTrue();
        assertThat(JwtLayerKeys.loaded(jwtLayer.get())).as("the configured key, as the JWT layer loads it")
                .containsExactlyElementsOf(RsaKeyMaterial.keysIn(KeyLocations.read("test-security/other-public-key.pem",
                        java.time.Duration.ofSeconds(2)).orElseThrow()))
                .doesNotContain(DemoKeyGuard.demoKey());
    }

    @Test
    void thereAreNoDemoIdentities() {
        given().when().get("/api/v1/demo-identities").then().statusCode(404);
        given().when().post("/api/v1/demo-identities/finance-admin/token").then().statusCode(404);
    }

    @Test
    void aTokenSignedWithThePublicDemoKeyIsRefused() {
        given().auth().oauth2(TestTokens.financeAdmin()).when().get("/api/v1/projects")
                .then().statusCode(401).body("code", equalTo("NOT_AUTHENTICATED"));
    }
}
