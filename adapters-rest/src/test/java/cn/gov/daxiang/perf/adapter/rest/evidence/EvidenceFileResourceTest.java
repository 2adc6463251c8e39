package cn.gov.daxiang.perf.adapter.rest.evidence;

import cn.gov.daxiang.perf.adapter.rest.DistrictFixture;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalFixture;
import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files over HTTP as each role would use them: the unit attaches 佐证材料 to its goal; an executable renamed
 * .pdf is refused naming what it is; a file over the limit is 413 and one just under it is stored; another unit gets
 * 404 for upload, list and download; the SHA-256 shown is the content's; the same name again is version 2 while
 * version 1 still downloads byte for byte; a Chinese name comes back as it went.
 */
@QuarkusTest
class EvidenceFileResourceTest {

    private static final String PATH = "/api/v1/evidence-files";
    private static final long LIMIT = 20L << 20;
    private static String goal;

    private final String operator = TestTokens.unitOperator(DistrictFixture.KINDERGARTEN);
    private final String foreign = TestTokens.unitOperator(DistrictFixture.HOUSING_CENTRE);

    @Inject
    ImportReferenceDataUseCase importReferenceData;

    @BeforeEach
    void goalOfTheKindergarten() {
        importReferenceData.importReferenceData(DistrictFixture.LOADER, DistrictFixture.district());
        if (goal == null) {
            goal = GoalFixture.declare(operator, "{\"kind\":\"DEPARTMENT_OVERALL\",\"fiscalYear\":2027,\"unitCode\":\"" + DistrictFixture.KINDERGARTEN
                            + "\",\"content\":" + GoalFixture.goodContent().replace("\"annualOverallGoal\"", "\"departmentDuties\":\"学前教育保教\",\"annualOverallGoal\"") + "}")
                    .then().statusCode(201).extract().jsonPath().getString("id");
        }
    }

    static Response upload(String token, String ownerType, String ownerId, String purpose, String fileName, String declaredType, byte[] content) {
        Multipart form = new Multipart();
        if (ownerType != null) {
            form.field("ownerType", ownerType);
        }
        if (ownerId != null) {
            form.field("ownerId", ownerId);
        }
        if (purpose != null) {
            form.field("purpose", purpose);
        }
        if (fileName != null) {
            form.file(fileName, declaredType, content);
        }
        return given().auth().oauth2(token).contentType(form.contentType()).body(form.body()).when().post(PATH);
    }

    private Response uploadToGoal(String token, String fileName, byte[] content) {
        return upload(token, "GOAL", goal, "SUPPORTING", fileName, "application/pdf", content);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% " + text + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theSha256ShownIsTheContentsAndTheDownloadIsByteIdenticalWithSafeHeaders() throws Exception {
        byte[] content = pdf("验收单 " + System.nanoTime());
        Response created = uploadToGoal(operator, "2027年幼儿园改造工程竣工验收单.pdf", content);
        created.then().statusCode(201);
        JsonPath file = created.jsonPath();
        assertThat(created.header("Location")).endsWith(PATH + "/" + file.getString("id"));
        assertThat(file.getString("sha256")).isEqualTo(sha256(content));
        assertThat(file.getString("contentType")).isEqualTo("application/pdf");
        assertThat(file.getLong("size")).isEqualTo(content.length);
        assertThat(file.getInt("version")).isEqualTo(1);
        assertThat(file.getString("owner.type.code")).isEqualTo("GOAL");
        assertThat(file.getString("owner.id")).isEqualTo(goal);
        assertThat(file.getString("purpose.code")).isEqualTo("SUPPORTING");
        assertThat(file.getString("purpose.label")).isEqualTo("佐证材料");
        assertThat(file.getString("uploadedBy")).isNotBlank();
        assertThat(file.getString("uploadedAt")).isNotBlank();

        Response download = given().auth().oauth2(operator).when().get(PATH + "/" + file.getString("id") + "/content");
        download.then().statusCode(200);
        assertThat(download.asByteArray()).isEqualTo(content);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("ETag")).isEqualTo("\"" + sha256(content) + "\"");
        assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(content)) + ":");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");

        given().auth().oauth2(operator).header("If-None-Match", "\"" + sha256(content) + "\"")
                .when().get(PATH + "/" + file.getString("id") + "/content").then().statusCode(304);
        given().auth().oauth2(TestTokens.auditor()).when().get(PATH + "/" + file.getString("id")).then().statusCode(200);

        // The audit trail records the upload as the creation of an evidence file, with its digest and version.
        JsonPath trail = given().auth().oauth2(TestTokens.auditor()).queryParam("objectType", "evidence-file")
                .queryParam("objectId", file.getString("id")).when().get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getInt("total")).isEqualTo(1);
        assertThat(trail.getString("items[0].kind")).containsIgnoringCase("create");
        assertThat(trail.getString("items[0]")).contains(sha256(content)).contains("2027年幼儿园改造工程竣工验收单.pdf");
    }

    @Test
    void aChineseFileNameRoundTripsInTheMetadataAndTheDownloadsFilenameStar() {
        String name = "邵阳臻瑞咨询服务有限责任公司《大祥区2024年度重点绩效评价报告》（终稿）.pdf";
        JsonPath file = uploadToGoal(operator, name, pdf("报告")).then().statusCode(201).extract().jsonPath();
        assertThat(file.getString("fileName")).isEqualTo(name);

        String disposition = given().auth().oauth2(operator).when().get(PATH + "/" + file.getString("id") + "/content")
                .then().statusCode(200).extract().header("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
        assertThat(disposition).contains("filename=\"").doesNotContain("邵阳");
    }

    @Test
    void theSameNameAgainIsVersionTwoAndVersionOneStillDownloadsByteIdentical() {
        String name = "项目资金拨付凭证-" + System.nanoTime() + ".pdf";
        byte[] first = pdf("第一版");
        byte[] second = pdf("第二版");
        String v1 = uploadToGoal(operator, name, first).then().statusCode(201).extract().jsonPath().getString("id");
        JsonPath v2 = uploadToGoal(TestTokens.deptReviewer(DistrictFixture.EDUCATION), name, second).then().statusCode(201).extract().jsonPath();
        assertThat(v2.getInt("version")).isEqualTo(2);

        List<Map<String, Object>> latest = given().auth().oauth2(operator).queryParam("ownerType", "GOAL").queryParam("ownerId", goal)
                .when().get(PATH).then().statusCode(200).extract().jsonPath().getList("items.findAll { it.fileName == '" + name + "' }");
        assertThat(latest).extracting(m -> m.get("version")).containsExactly(2);
        List<Map<String, Object>> all = given().auth().oauth2(operator).queryParam("ownerType", "GOAL").queryParam("ownerId", goal)
                .queryParam("allVersions", "true").when().get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.fileName == '" + name + "' }");
        assertThat(all).extracting(m -> m.get("version")).containsExactly(1, 2);

        byte[] downloaded = given().auth().oauth2(operator).when().get(PATH + "/" + v1 + "/content").then().statusCode(200).extract().asByteArray();
        assertThat(downloaded).isEqualTo(first);
    }

    @Test
    void anExecutableRenamedPdfIsRefused415NamingWhatWasDetectedAndNothingIsListed() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        String name = "绩效自评报告-" + System.nanoTime() + ".pdf";
        Response refused = uploadToGoal(operator, name, exe);
        refused.then().statusCode(415).contentType("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("EVIDENCE_CONTENT_TYPE_REFUSED");
        assertThat(refused.jsonPath().getString("detail")).contains("Windows executable (MZ)");

        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        Response elfRefused = upload(operator, "GOAL", goal, "OTHER", "run.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", elf);
        elfRefused.then().statusCode(415);
        assertThat(elfRefused.jsonPath().getString("detail")).contains("ELF executable");

        List<String> names = given().auth().oauth2(operator).queryParam("ownerType", "GOAL").queryParam("ownerId", goal).queryParam("allVersions", "true")
                .when().get(PATH).then().statusCode(200).extract().jsonPath().getList("items.fileName");
        assertThat(names).doesNotContain(name, "run.docx");
    }

    @Test
    void aRealWorkbookIsAcceptedAsXlsxWhateverTheClientDeclared() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("评价得分表").createRow(0).createCell(0).setCellValue("决策");
            book.write(out);
            workbook = out.toByteArray();
        }
        String type = upload(operator, "GOAL", goal, "SCORE_SHEET", "评价得分表.xlsx", "application/octet-stream", workbook).then().statusCode(201)
                .extract().jsonPath().getString("contentType");
        assertThat(type).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aFileOverTheLimitIs413NamingTheLimitAndOneAtTheLimitIsStored() {
        byte[] atLimit = Arrays.copyOf(pdf("满额"), (int) LIMIT);
        Arrays.fill(atLimit, pdf("满额").length, atLimit.length, (byte) ' ');
        JsonPath stored = uploadToGoal(operator, "满额文件.pdf", atLimit).then().statusCode(201).extract().jsonPath();
        assertThat(stored.getLong("size")).isEqualTo(LIMIT);

        byte[] overLimit = Arrays.copyOf(atLimit, (int) LIMIT + 1);
        Response refused = uploadToGoal(operator, "超额文件.pdf", overLimit);
        refused.then().statusCode(413).contentType("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("EVIDENCE_FILE_TOO_LARGE");
        assertThat(refused.jsonPath().getString("detail")).contains("20 MB").contains(Long.toString(LIMIT));

        // A body declared far over the limit is refused before it is read, with the same problem.
        byte[] far = Arrays.copyOf(atLimit, (int) LIMIT + (1 << 20));
        Response early = uploadToGoal(operator, "远超文件.pdf", far);
        early.then().statusCode(413).contentType("application/problem+json");
        assertThat(early.jsonPath().getString("code")).isEqualTo("EVIDENCE_FILE_TOO_LARGE");

        List<String> names = given().auth().oauth2(operator).queryParam("ownerType", "GOAL").queryParam("ownerId", goal)
                .when().get(PATH).then().statusCode(200).extract().jsonPath().getList("items.fileName");
        assertThat(names).contains("满额文件.pdf").doesNotContain("超额文件.pdf", "远超文件.pdf");
    }

    @Test
    void anotherUnitGets404ForUploadListMetadataAndDownloadOfTheGoalsFiles() {
        String id = uploadToGoal(operator, "合同.pdf", pdf("合同")).then().statusCode(201).extract().jsonPath().getString("id");

        uploadToGoal(foreign, "入侵.pdf", pdf("x")).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(foreign).queryParam("ownerType", "GOAL").queryParam("ownerId", goal).when().get(PATH)
                .then().statusCode(404);
        String metadata = given().auth().oauth2(foreign).when().get(PATH + "/" + id).then().statusCode(404).extract().asString();
        String download = given().auth().oauth2(foreign).when().get(PATH + "/" + id + "/content").then().statusCode(404).extract().asString();
        assertThat(metadata + download).doesNotContain(goal).doesNotContain("合同");
        given().auth().oauth2(TestTokens.deptReviewer(DistrictFixture.HOUSING)).when().get(PATH + "/" + id + "/content").then().statusCode(404);
    }

    @Test
    void whoSeesTheGoalButDoesNotAnswerForItMayReadButNotAttach() {
        upload(TestTokens.auditor(), "GOAL", goal, "OTHER", "审计.pdf", "application/pdf", pdf("a")).then().statusCode(403);
        upload(TestTokens.financeReviewer(), "GOAL", goal, "OTHER", "财政意见.pdf", "application/pdf", pdf("f")).then().statusCode(201);
    }

    @Test
    void missingPartsAre400NamingEachAndAnEmptyFileIs400() {
        Response missing = upload(operator, "GOAL", null, null, null, null, null);
        missing.then().statusCode(400).contentType("application/problem+json");
        assertThat(missing.jsonPath().getList("violations.field")).containsExactlyInAnyOrder("ownerId", "purpose", "file");

        assertThat(upload(operator, "GOAL", goal, "SUPPORTING", "空文件.pdf", "application/pdf", new byte[0]).then().statusCode(400)
                .extract().jsonPath().getString("code")).isEqualTo("EVIDENCE_FILE_EMPTY");
        upload(operator, "FOLDER", goal, "SUPPORTING", "a.pdf", "application/pdf", pdf("a")).then().statusCode(400);
        upload(operator, "GOAL", "not-a-goal", "SUPPORTING", "a.pdf", "application/pdf", pdf("a")).then().statusCode(400);
        upload(operator, "GOAL", "5b0e1a52-0000-4000-8000-00000000000f", "SUPPORTING", "a.pdf", "application/pdf", pdf("a")).then().statusCode(404);
        given().auth().oauth2(operator).contentType("application/json").body("{}").when().post(PATH).then().statusCode(415);
    }

    @Test
    void aKeyEvaluationsFilesFollowItsRulesTheCommissionedAgencyAttachesUntilAcceptanceOthersFindNothing() {
        String finance = TestTokens.financeReviewer();
        String zhenrui = TestTokens.evaluator("ZHENRUI");
        Response planned = given().auth().oauth2(finance).contentType("application/json")
                .body("{\"title\":\"佐证材料测试\",\"fiscalYear\":2028,\"subjectKind\":\"SPECIAL_BOND\",\"dueDate\":\"2028-10-31\","
                        + "\"object\":{\"kind\":\"PROJECT\",\"projectCode\":\"" + DistrictFixture.RENOVATION_2024 + "\"}}")
                .when().post("/api/v1/key-evaluations");
        planned.then().statusCode(201);
        String evaluation = planned.jsonPath().getString("id");
        // Not commissioned yet: the agency does not see it.
        upload(zhenrui, "KEY_EVALUATION", evaluation, "AGENCY_REPORT", "评价报告.pdf", "application/pdf", pdf("r")).then().statusCode(404);
        given().auth().oauth2(finance).contentType("application/json").header("If-Match", planned.getHeader("ETag"))
                .body("{\"agencyId\":\"ZHENRUI\"}").when().post("/api/v1/key-evaluations/" + evaluation + "/commission").then().statusCode(200);

        Response report = upload(zhenrui, "KEY_EVALUATION", evaluation, "AGENCY_REPORT", "评价报告.pdf", "application/pdf", pdf("r"));
        report.then().statusCode(201);
        assertThat(report.jsonPath().getString("owner.type.code")).isEqualTo("KEY_EVALUATION");
        upload(TestTokens.evaluator("OTHERAGENCY"), "KEY_EVALUATION", evaluation, "AGENCY_REPORT", "x.pdf", "application/pdf", pdf("x"))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.evaluator("OTHERAGENCY")).when().get(PATH + "/" + report.jsonPath().getString("id") + "/content")
                .then().statusCode(404);
        // The unit owning the project sees the evaluation (and its files) only once accepted.
        given().auth().oauth2(foreign).queryParam("ownerType", "KEY_EVALUATION").queryParam("ownerId", evaluation)
                .when().get(PATH).then().statusCode(404);
        upload(TestTokens.financeAdmin(), "KEY_EVALUATION", "ke-2024-01", "AGENCY_REPORT", "评价报告.pdf", "application/pdf", pdf("r"))
                .then().statusCode(400);
        upload(TestTokens.financeAdmin(), "PRE_ASSESSMENT", "5b0e1a52-0000-4000-8000-00000000000f", "SUPPORTING", "a.pdf", "application/pdf", pdf("a"))
                .then().statusCode(404);
    }

    @Test
    void aTruncatedFormOrOneWhoseBoundaryNeverComesIs400NotAServerError() {
        Multipart form = new Multipart().field("ownerType", "GOAL").field("ownerId", goal).field("purpose", "SUPPORTING")
                .file("截断.pdf", "application/pdf", pdf("截断"));
        byte[] whole = form.body();
        given().auth().oauth2(operator).contentType(form.contentType()).body(Arrays.copyOf(whole, whole.length / 2)).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(operator).contentType("multipart/form-data; boundary=other").body(whole).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
