package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.audit.AuditTrailProbe;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP edge: every answer, whoever makes it (a resource, an exception mapper, a Vert.x handler before JAX-RS),
 * carries the request's id and the security headers; request ids from callers are kept only when sane, and the
 * audit trail records exactly the id the caller got back.
 */
@QuarkusTest
class HttpEdgeTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static Stream<Arguments> answers() {
        String huge = "{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";
        return Stream.of(
                answer("200 JSON", 200, () -> given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/projects")),
                answer("401 no token", 401, () -> given().when().get("/api/v1/projects")),
                answer("401 bad token", 401, () -> given().auth().oauth2("not-a-token").when().get("/api/v1/projects")),
                answer("403 role not allowed", 403, () -> given().auth().oauth2(TestTokens.unitOperator("105002")).when().get("/api/v1/audit-events")),
                answer("404 unknown object", 404, () -> given().auth().oauth2(TestTokens.financeAdmin())
                        .when().get("/api/v1/projects/43050324T999999999999")),
                answer("404 unknown path", 404, () -> given().when().get("/no-such-page")),
                answer("413 from the Vert.x handler", 413, () -> given().contentType("application/json").body(huge).when().post("/test-only/echo")),
                answer("429", 429, () -> given().when().get("/test-only/answers/too-many")),
                answer("500", 500, () -> given().when().get("/test-only/failure")),
                answer("spreadsheet", 200, () -> given().when().get("/test-only/answers/spreadsheet")),
                answer("health", 200, () -> given().when().get("/q/health/ready")));
    }

    private static Arguments answer(String name, int status, Supplier<Response> call) {
        return Arguments.of(name, status, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesARequestIdAndTheSecurityHeaders(String name, int status, Supplier<Response> call) {
        Response r = call.get();

        assertThat(r.statusCode()).as(name).isEqualTo(status);
        assertThat(r.header("X-Request-Id")).as(name).matches(UUID_PATTERN);
        assertThat(r.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).as(name).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).as(name).isEqualTo("no-referrer");
        assertThat(r.header("Content-Security-Policy")).as(name).contains("frame-ancestors 'none'");
        String type = String.valueOf(r.contentType()).toLowerCase(Locale.ROOT);
        if (type.contains("json") || type.contains("spreadsheet")) {
            assertThat(r.header("Cache-Control")).as(name + " (" + type + ")").isEqualTo("no-store");
            assertThat(r.header("Content-Security-Policy")).as(name).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
        if (type.contains("problem+json")) {
            assertThat(r.jsonPath().getString("requestId")).as(name + ": the body names the header's id").isIn(r.header("X-Request-Id"), null);
        }
    }

    @Test
    void theProblemOfThe413NamesTheSameRequestIdAsItsHeader() {
        Response r = given().contentType("application/json").header("X-Request-Id", "upload-2025-0001")
                .body("{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}").when().post("/test-only/echo");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.header("X-Request-Id")).isEqualTo("upload-2025-0001");
        assertThat(r.jsonPath().getString("requestId")).isEqualTo("upload-2025-0001");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void swaggerUiIsNotBrokenByTheHeaders() {
        Response page = given().when().get("/q/swagger-ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // Its own scripts, styles and the OpenAPI document must still load: no default-src 'none' on the page.
        assertThat(page.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aSaneRequestIdIsKeptAndRecordedInTheAuditTrail() throws IOException {
        String sane = "client-trace.2025_03-01";
        RawAnswer answer = createTemplate(sane);

        assertThat(answer.status).isEqualTo(201);
        assertThat(answer.header("X-Request-Id")).isEqualTo(sane);
        assertThat(auditedRequestId(answer)).isEqualTo(sane);
    }

    @Test
    void aHostileRequestIdIsReplacedAndTheAuditTrailRecordsTheReplacement() throws IOException {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("CR/LF (folded header line)", "evil-id-0001\r\n Set-Cookie: session=stolen");
        hostile.put("CR/LF percent-encoded", "evil-id%0D%0ASet-Cookie:%20x=1");
        hostile.put("HTML", "<script>alert(document.cookie)</script>");
        hostile.put("200 characters", "a".repeat(200));
        hostile.put("too short", "abc");
        for (Map.Entry<String, String> id : hostile.entrySet()) {
            RawAnswer answer = createTemplate(id.getValue());

            assertThat(answer.status).as(id.getKey()).isEqualTo(201);
            String returned = answer.header("X-Request-Id");
            assertThat(returned).as(id.getKey()).matches(UUID_PATTERN);
            assertThat(auditedRequestId(answer)).as(id.getKey() + ": the audit trail records the id returned").isEqualTo(returned);
            assertThat(answer.headers).as(id.getKey()).doesNotContainKey("set-cookie");
        }
    }

    @Test
    void eTagsAreStrongAndAWeakOrForeignIfMatchNeverMatches() {
        Response created = given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json")
                .body(templateBody("强校验指标" + UUID.randomUUID())).when().post("/api/v1/indicator-templates");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.jsonPath().getString("id");
        String path = "/api/v1/indicator-templates/" + id + "/deactivate";

        for (String ifMatch : List.of("W/\"0\"", "w/\"0\"", "0", "\"0", "*", "\"0\", W/\"0\"", "garbage")) {
            Response refused = authorizedChange().header("If-Match", ifMatch).when().post(path);
            assertThat(refused.statusCode()).as("If-Match: " + ifMatch).isEqualTo(412);
            assertThat(refused.jsonPath().getString("code")).as(ifMatch).isNotBlank();
        }
        Response accepted = authorizedChange().header("If-Match", "\"0\"").when().post(path);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.header("ETag")).isEqualTo("\"1\"").doesNotStartWith("W/");
        Response read = given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/weight-template-catalog");
        assertThat(read.header("ETag")).matches("\"\\d+\"");
    }

    private static RequestSpecification authorizedChange() {
        return given().auth().oauth2(TestTokens.financeAdmin()).contentType("application/json").body("{}");
    }

    private static String templateBody(String name) {
        return "{\"industry\":\"教育\",\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + name + "\","
                + "\"valueType\":\"QUANTITATIVE\",\"typicalUnit\":\"所\",\"typicalComparator\":\"≥\",\"keywords\":[\"请求编号\"]}";
    }

    private static String auditedRequestId(RawAnswer created) {
        String id = created.json().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        List<Map<String, Object>> events = AuditTrailProbe.newest("indicator-template", id);
        assertThat(events).as("the creation's audit event").hasSize(1);
        return String.valueOf(events.get(0).get("requestId"));
    }

    /** A create sent byte by byte, so that the header reaches the server exactly as a hostile client would send it. */
    private static RawAnswer createTemplate(String requestId) throws IOException {
        byte[] body = templateBody("请求编号指标" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/indicator-templates HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + TestTokens.financeAdmin() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "X-Request-Id: " + requestId + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rest.append(line).append('\n');
            }
            return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), headers, rest.toString());
        }
    }

    private record RawAnswer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The JSON object of the body (chunked transfer coding or not). */
        String json() {
            return body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
        }
    }
}
