package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production sign-in of the dashboard: the authorization code flow (quarkus-oidc) against a test OpenID Connect
 * provider (quarkus-test-oidc-server's WireMock provider, whose token endpoint answers here with an ID token carrying
 * the platform's claims). The provider's ID token becomes the same actor an API token with the same claims would;
 * the API itself stays on bearer tokens and takes no session cookie.
 */
@QuarkusTest
@TestProfile(DashboardOidcSignInTest.WithProvider.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class DashboardOidcSignInTest {

    private static final String CLIENT_ID = "daxiang-perf-dashboard";

    /** The production settings of the dashboard's sign-in, pointed at the test provider. */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.client-id", CLIENT_ID,
                    "quarkus.oidc.credentials.secret", "secret");
        }
    }

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aFinanceUserSignsInAtTheProviderAndSeesTheDistrict() throws Exception {
        HttpResponse<String> overview = signIn(idToken("finance-admin@daxiang", "财政局 张三", List.of("FINANCE_ADMIN"), null));
        assertThat(overview.uri().getPath()).isEqualTo("/dashboard");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("财政局 张三", "data-figure=\"keyEvaluations.count\"", "年度工作统计");
    }

    @Test
    void aUnitOperatorSignsInAtTheProviderWithItsUnitAndSeesNoDistrictReport() throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpResponse<String> overview = signIn(cookies, idToken("operator@105002", "幼儿园 李四", List.of("UNIT_OPERATOR"), "105002"));
        assertThat(overview.uri().getPath()).isEqualTo("/dashboard");
        assertThat(overview.body()).contains("幼儿园 李四", "unit=105002").doesNotContain("年度工作统计");
        HttpResponse<String> report = client(cookies).send(HttpRequest.newBuilder(base.toURI().resolve("/dashboard/annual-report?year=2024")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).as("the district's report is refused to a unit, as in the API").isEqualTo(403);
    }

    @Test
    void anAnonymousBrowserIsOfferedTheProvidersSignInAndTheApiStillWantsABearerToken() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> dashboard = plain.send(HttpRequest.newBuilder(base.toURI().resolve("/dashboard")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location").orElseThrow()).contains("/dashboard/sign-in");
        HttpResponse<String> signInPage = plain.send(HttpRequest.newBuilder(base.toURI().resolve("/dashboard/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signInPage.body()).contains("id=\"sign-in-oidc\"");

        HttpResponse<String> anonymousApi = plain.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/projects")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousApi.statusCode()).as("the API answers 401, it never sends a program to the provider").isEqualTo(401);
        assertThat(anonymousApi.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> bearer = plain.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/projects"))
                .header("Authorization", "Bearer " + TestTokens.financeAdmin()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(200);

        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        signIn(cookies, idToken("finance-admin@daxiang", "财政局 张三", List.of("FINANCE_ADMIN"), null));
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .map(HttpCookie::toString).reduce((a, b) -> a + "; " + b).orElseThrow();
        HttpResponse<String> withSessionCookie = plain.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/projects"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withSessionCookie.statusCode()).as("the dashboard's session is no credential for the API").isEqualTo(401);
    }

    private HttpResponse<String> signIn(String idToken) throws Exception {
        return signIn(new CookieManager(null, CookiePolicy.ACCEPT_ALL), idToken);
    }

    /** The code flow as a browser goes through it: to the provider's login form, back with a code, on to the overview. */
    private HttpResponse<String> signIn(CookieManager cookies, String idToken) throws Exception {
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + idToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken + "\"}")));
        HttpClient browser = client(cookies);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(base.toURI().resolve("/dashboard/sign-in/oidc")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.uri().getPath()).as("the provider's login page").startsWith("/auth/realms/quarkus");
        String state = field(login.body(), "state");
        String redirectUri = field(login.body(), "redirect_uri");
        URI submit = URI.create(provider.baseUrl() + "/login?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&username=someone&password=secret");
        return browser.send(HttpRequest.newBuilder(submit).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("the login form's %s", name).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** An ID token as the bureau's provider would issue it: the platform's claims, signed with the provider's key. */
    private static String idToken(String user, String name, List<String> groups, String unitCode) throws IOException {
        var claims = Jwt.issuer("https://server.example.com").audience(CLIENT_ID).subject(user).upn(user).claim("name", name)
                .groups(new java.util.HashSet<>(groups)).expiresIn(300);
        if (unitCode != null) {
            claims.claim("unit_code", unitCode);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
