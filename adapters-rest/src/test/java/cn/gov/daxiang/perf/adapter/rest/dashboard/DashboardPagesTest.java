package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.gov.daxiang.perf.adapter.rest.DistrictFixture.EDUCATION;
import static cn.gov.daxiang.perf.adapter.rest.DistrictFixture.HOUSING;
import static cn.gov.daxiang.perf.adapter.rest.DistrictFixture.KINDERGARTEN_BUILD;
import static cn.gov.daxiang.perf.adapter.rest.DistrictFixture.RENOVATION_2024;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The dashboard over plain HTTP: who gets in, with which cookie, what a bad parameter or another unit's record answers.
 * (The pages' figures against the API, in a real browser: DashboardBrowserIT.)
 */
@QuarkusTest
class DashboardPagesTest {

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void district() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
    }

    @Test
    void anAnonymousBrowserIsSentToSignInAndComesBackWhereItWasGoing() {
        given().redirects().follow(false).when().get("/dashboard/warnings?year=2024").then().statusCode(303)
                .header("Location", containsString("/dashboard/sign-in?next=%2Fdashboard%2Fwarnings%3Fyear%3D2024"));
        // The sign-in page's form carries the way back.
        given().queryParam("next", "/dashboard/warnings?year=2024").when().get("/dashboard/sign-in").then().statusCode(200)
                .body(containsString("action=\"/dashboard/sign-in?next=%2Fdashboard%2Fwarnings%3Fyear%3D2024\""));
        Response signedIn = given().redirects().follow(false).formParam("identity", "finance-admin")
                .queryParam("next", "/dashboard/warnings?year=2024").when().post("/dashboard/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/dashboard/warnings?year=2024");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndOnlyForTheDashboard() {
        Response signedIn = given().redirects().follow(false).formParam("identity", "auditor").when().post("/dashboard/sign-in");
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).startsWith("perf_dashboard=").contains("Path=/dashboard").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        Cookie session = signedIn.getDetailedCookie("perf_dashboard");
        given().cookie(session).when().get("/dashboard?year=2024").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("审计人员（只读）"));
        // The same token as a cookie is no credential for the API: bearer tokens only there.
        given().cookie(session).when().get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    void aForgedOrUnknownSessionIsSignedOutNotAnError() {
        String forged = TestTokens.financeAdmin();
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA" + forged.substring(forged.lastIndexOf('.') + 5);
        given().redirects().follow(false).cookie("perf_dashboard", tampered).when().get("/dashboard").then().statusCode(303)
                .header("Location", containsString("/dashboard/sign-in"));
        given().redirects().follow(false).cookie("perf_dashboard", "not-a-token").when().get("/dashboard").then().statusCode(303);
        given().redirects().follow(false).formParam("identity", "nobody").when().post("/dashboard/sign-in").then().statusCode(400)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void signingInOnlyEverSendsTheBrowserBackIntoTheDashboard() {
        for (String next : new String[] {"https://evil.example/", "//evil.example/x", "/api/v1/projects", "/dashboard\\..\\x", "/dashboard/sign-in", "/dashboard x\r\nSet-Cookie: a=b", "/dashboard%"}) {
            Response r = given().redirects().follow(false).formParam("identity", "auditor").queryParam("next", next).when().post("/dashboard/sign-in");
            assertThat(r.header("Location")).as(next).endsWith("/dashboard");
        }
    }

    @Test
    void aUnitsOperatorGetsNotFoundForAnotherUnitsProjectAsTheApiAnswers() {
        Cookie unit = signIn("kindergarten-operator");
        given().auth().oauth2(TestTokens.unitOperator(DistrictFixture.KINDERGARTEN)).when().get("/api/v1/projects/" + RENOVATION_2024)
                .then().statusCode(404);
        given().cookie(unit).when().get("/dashboard/projects/" + RENOVATION_2024 + "?year=2024").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("未找到")).body(not(containsString("城镇老旧小区改造")));
        // A department sees its own unit's project, not another department's.
        Cookie department = signIn("education-reviewer");
        given().cookie(department).when().get("/dashboard/projects/" + KINDERGARTEN_BUILD + "?year=2024").then().statusCode(200)
                .body(containsString("公办幼儿园建设项目"));
        given().cookie(department).when().get("/dashboard/departments/" + HOUSING + "?year=2024").then().statusCode(404);
        given().cookie(department).when().get("/dashboard/departments/" + EDUCATION + "?year=2024").then().statusCode(200);
    }

    @Test
    void aBadParameterIsAPageSayingSoNeverAServerError() {
        Cookie finance = signIn("finance-admin");
        given().cookie(finance).when().get("/dashboard?year=abc").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("请求有误"));
        given().cookie(finance).when().get("/dashboard?year=1900").then().statusCode(400);
        given().cookie(finance).when().get("/dashboard/warnings?level=PURPLE").then().statusCode(400).body(containsString("PURPLE"));
        given().cookie(finance).when().get("/dashboard/rectifications?overdue=maybe").then().statusCode(400);
        given().cookie(finance).when().get("/dashboard/projects?page=0").then().statusCode(400);
        given().cookie(finance).when().get("/dashboard/projects?unit=%3Cscript%3E").then().statusCode(400).body(not(containsString("<script>")));
        given().cookie(finance).when().get("/dashboard/campaigns/not-a-uuid").then().statusCode(400);
        given().cookie(finance).when().get("/dashboard/projects/" + "X".repeat(5000)).then().statusCode(org.hamcrest.Matchers.oneOf(400, 404, 414, 431));
    }

    @Test
    void theDistrictsAnnualReportIsForFinanceAndAuditorsAsInTheApi() {
        given().cookie(signIn("kindergarten-operator")).when().get("/dashboard/annual-report?year=2024").then().statusCode(403)
                .body(containsString("无权查看"));
        given().cookie(signIn("auditor")).when().get("/dashboard/annual-report?year=2024").then().statusCode(200);
        given().cookie(signIn("auditor")).when().get("/dashboard/annual-report/2024.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml"));
        given().cookie(signIn("kindergarten-operator")).when().get("/dashboard/annual-report/2024.xlsx").then().statusCode(403);
    }

    @Test
    void englishIsOneLinkAwayAndRemembered() {
        Cookie finance = signIn("finance-admin");
        Response english = given().cookie(finance).when().get("/dashboard?year=2024&lang=en");
        english.then().statusCode(200).body(containsString("<html lang=\"en\">")).body(containsString("Performance management in 2024"));
        Cookie language = english.getDetailedCookie("perf_lang");
        assertThat(language.getValue()).isEqualTo("en");
        given().cookie(finance).cookie(language).when().get("/dashboard/warnings?year=2024").then().body(containsString("Monitoring warnings 2024"));
        given().cookie(finance).when().get("/dashboard/warnings?year=2024").then().body(containsString("监控预警"));
    }

    private static Cookie signIn(String identity) {
        return given().redirects().follow(false).formParam("identity", identity).when().post("/dashboard/sign-in")
                .getDetailedCookie("perf_dashboard");
    }
}
