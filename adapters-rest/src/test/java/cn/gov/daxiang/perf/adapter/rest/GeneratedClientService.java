package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.client.ApiClient;
import cn.gov.daxiang.perf.client.ApiException;
import cn.gov.daxiang.perf.client.ApiResponse;
import cn.gov.daxiang.perf.client.api.DemoIdentitiesApi;
import cn.gov.daxiang.perf.client.api.PerformanceGoalsApi;
import cn.gov.daxiang.perf.client.model.AuditGrade;
import cn.gov.daxiang.perf.client.model.Comparator;
import cn.gov.daxiang.perf.client.model.DeclareGoalRequest;
import cn.gov.daxiang.perf.client.model.GoalKind;
import cn.gov.daxiang.perf.client.model.ValueType;
import cn.gov.daxiang.perf.client.model.GoalDepartmentReviewRequest;
import cn.gov.daxiang.perf.client.model.GoalFinanceReviewRequest;
import cn.gov.daxiang.perf.client.model.GoalContentRequest;
import cn.gov.daxiang.perf.client.model.PerformanceGoal;
import cn.gov.daxiang.perf.client.model.GoalIndicatorRequest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged embedded default (sample district, fresh H2 data folder, no scheduled sync) for the tests that drive it
 * with the Java client generated from docs/openapi.yaml alone (target/generated-test-sources/openapi-client): one
 * {@link ApiClient} per demo identity, its token from the service itself. The goal steps both tests need are here.
 */
final class GeneratedClientService implements AutoCloseable {

    static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    /** The sample district's kindergarten (105002) under the education bureau (105001): its operator and reviewer. */
    static final String UNIT = "105002";
    static final String OPERATOR = "kindergarten-operator";
    static final String DEPARTMENT_REVIEWER = "education-reviewer";
    static final String FINANCE_REVIEWER = "finance-reviewer";

    private final ServiceProcess process;
    private final String baseUri;

    private GeneratedClientService(ServiceProcess process) {
        this.process = process;
        this.baseUri = "http://localhost:" + process.port();
    }

    static GeneratedClientService start(String name) throws IOException {
        Path dataDir = Files.createTempDirectory("daxiang-generated-client-it");
        String log = "target/generated-client-" + name + ".log";
        ServiceProcess process = ServiceProcess.start(APP, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                Map.of("PERF_DATA_DIR", dataDir.toString(), "PERF_SYNC_CRON", "off", "PERF_SAMPLE_SELF_EVALUATIONS", "",
                        "PERF_SAMPLE_KEY_EVALUATIONS", ""), ServiceProcess.freePort(), Path.of(log));
        process.awaitReady(log);
        return new GeneratedClientService(process);
    }

    /** A client acting as the demo identity: the token comes from POST /api/v1/demo-identities/{id}/token. */
    ApiClient as(String identity) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(baseUri);
        // The generated client accepts "application/json, text/plain" and the service then answers the bare token
        // (text/plain), which the client cannot read as the documented TokenResponse: ask for JSON alone.
        anonymous.setRequestInterceptor(request -> request.setHeader("Accept", "application/json"));
        String token = new DemoIdentitiesApi(anonymous).issueDemoIdentityToken(identity).getAccessToken();
        assertThat(token).as("token of " + identity).isNotBlank();
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /**
     * An answer as the generated model {@code type}. Operations the document gives no success schema answer a bare
     * Object (a map); converting through the client's own mapper reads both that and an already typed answer.
     */
    static <T> T as(ApiClient client, Object answer, Class<T> type) {
        return client.getObjectMapper().convertValue(answer, type);
    }

    static String etag(ApiResponse<?> response) {
        List<String> values = response.getHeaders().get("ETag");
        assertThat(values).as("ETag").isNotEmpty();
        return values.get(0);
    }

    /** A goal a reviewer passes: the three groups, numeric targets with units, weights summing to 100. */
    static DeclareGoalRequest declaration(String projectCode, int fiscalYear) {
        return new DeclareGoalRequest().kind(GoalKind.PROJECT).fiscalYear(fiscalYear).unitCode(UNIT).projectCode(projectCode)
                .content(new GoalContentRequest()
                        .annualOverallGoal("完成学前教育保教费减免，惠及幼儿1500人，家长满意度达到90%以上。")
                        .longTermGoal("三年内实现全区普惠性幼儿园资助全覆盖。")
                        .indicators(List.of(
                                indicator("OUTPUT", "QUANTITY", "资助幼儿人数", Comparator.AT_LEAST, "1500", "人", "30"),
                                indicator("OUTPUT", "QUALITY", "资助对象认定准确率", Comparator.EQUAL, "100", "%", "10"),
                                indicator("OUTPUT", "COST", "人均资助标准", Comparator.AT_MOST, "800", "元/人", "10"),
                                indicator("BENEFIT", "SOCIAL", "受益家庭户数", Comparator.AT_LEAST, "1400", "户", "30"),
                                indicator("SATISFACTION", "BENEFICIARY_SATISFACTION", "家长满意度", Comparator.AT_LEAST, "90", "%", "20"))));
    }

    private static GoalIndicatorRequest indicator(String level1, String level2, String name, Comparator comparator, String target,
                                              String unit, String weight) {
        return new GoalIndicatorRequest().level1(level1).level2(level2).name(name).valueType(ValueType.QUANTITATIVE).comparator(comparator)
                .targetValue(new BigDecimal(target)).unitOfMeasure(unit).weight(new BigDecimal(weight));
    }

    /** The goal after one lifecycle step, with the ETag to send as If-Match to the next one. */
    record Step(PerformanceGoal goal, String etag) {
    }

    /** Every lifecycle step, submit included, answers the goal itself. */
    static Step step(ApiClient client, ApiResponse<PerformanceGoal> answer) {
        return new Step(answer.getData(), etag(answer));
    }

    /** Declares the goal and takes it through submit, department review, finance review and approval: each step's answer. */
    List<Step> approveGoal(String projectCode, int fiscalYear) throws ApiException {
        ApiClient operator = as(OPERATOR);
        ApiClient department = as(DEPARTMENT_REVIEWER);
        ApiClient finance = as(FINANCE_REVIEWER);
        List<Step> steps = new ArrayList<>();
        steps.add(step(operator, new PerformanceGoalsApi(operator).declarePerformanceGoalWithHttpInfo(declaration(projectCode, fiscalYear), null)));
        UUID id = steps.get(0).goal().getId();
        steps.add(step(operator, new PerformanceGoalsApi(operator).submitPerformanceGoalWithHttpInfo(id, last(steps).etag())));
        steps.add(step(department, new PerformanceGoalsApi(department).passPerformanceGoalDepartmentReviewWithHttpInfo(
                id, last(steps).etag(), new GoalDepartmentReviewRequest().note("同意上报"))));
        steps.add(step(finance, new PerformanceGoalsApi(finance).reviewPerformanceGoalByFinanceWithHttpInfo(
                id, last(steps).etag(), new GoalFinanceReviewRequest().grade(AuditGrade.EXCELLENT))));
        steps.add(step(finance, new PerformanceGoalsApi(finance).approvePerformanceGoalWithHttpInfo(id, last(steps).etag())));
        return steps;
    }

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    String baseUri() {
        return baseUri;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
