package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.client.ApiClient;
import cn.gov.daxiang.perf.client.ApiResponse;
import cn.gov.daxiang.perf.client.api.ProjectsApi;
import cn.gov.daxiang.perf.client.api.SelfEvaluationsApi;
import cn.gov.daxiang.perf.client.model.EntriesRequest1;
import cn.gov.daxiang.perf.client.model.Line1;
import cn.gov.daxiang.perf.client.model.LineRequest1;
import cn.gov.daxiang.perf.client.model.OpenSelfEvaluationRequest;
import cn.gov.daxiang.perf.client.model.ProjectResponse;
import cn.gov.daxiang.perf.client.model.ReviewRequest;
import cn.gov.daxiang.perf.client.model.SelfEvaluationResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.List;

import static cn.gov.daxiang.perf.adapter.rest.GeneratedClientService.as;
import static cn.gov.daxiang.perf.adapter.rest.GeneratedClientService.etag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java client generated from the committed contract (docs/openapi.yaml) drives one self-evaluation (绩效自评) on the
 * packaged embedded default: opened by the unit on its approved goal of a past fiscal year, filled (every indicator
 * met), submitted, approved by the department and by finance; nothing else talks to the service.
 */
class GeneratedClientSelfEvaluationIT {

    private GeneratedClientService service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theGeneratedClientTakesASelfEvaluationFromOpeningThroughBothApprovals() throws Exception {
        service = GeneratedClientService.start("self-evaluation");
        ApiClient operator = service.as(GeneratedClientService.OPERATOR);
        ApiClient department = service.as(GeneratedClientService.DEPARTMENT_REVIEWER);
        ApiClient finance = service.as(GeneratedClientService.FINANCE_REVIEWER);
        ProjectResponse project = new ProjectsApi(operator).apiV1ProjectsGet(null, null, null, null, "100", GeneratedClientService.UNIT)
                .getItems().stream().filter(p -> p.getFiscalYear() < Year.now().getValue()).findFirst().orElseThrow();
        String goalId = service.approveGoal(project.getProjectCode(), project.getFiscalYear()).get(4).goal().getId();

        SelfEvaluationsApi asOperator = new SelfEvaluationsApi(operator);
        ApiResponse<Object> opened = asOperator.apiV1SelfEvaluationsPostWithHttpInfo(new OpenSelfEvaluationRequest().goalId(goalId), null);
        SelfEvaluationResponse draft = as(operator, opened.getData(), SelfEvaluationResponse.class);
        assertThat(draft.getStatus()).isEqualTo("DRAFT");
        assertThat(draft.getGoalId()).isEqualTo(goalId);
        assertThat(draft.getLines()).hasSize(5);

        // Every indicator met exactly: no deviation to explain.
        List<LineRequest1> lines = draft.getLines().stream()
                .map((Line1 line) -> new LineRequest1().indicatorId(line.getIndicatorId()).actual(line.getTarget())).toList();
        ApiResponse<Object> filled = asOperator.apiV1SelfEvaluationsIdEntriesPutWithHttpInfo(draft.getId(),
                new EntriesRequest1().overallAchievement("全年资助幼儿1500人，各项指标均已完成。").lines(lines), etag(opened));
        SelfEvaluationResponse sheet = as(operator, filled.getData(), SelfEvaluationResponse.class);
        assertThat(sheet.getMissingAchievements()).isEmpty();
        assertThat(sheet.getLines()).allSatisfy(line -> assertThat(line.getMet()).isTrue());

        ApiResponse<Object> submitted = asOperator.apiV1SelfEvaluationsIdSubmitPostWithHttpInfo(draft.getId(), etag(filled));
        assertThat(as(operator, submitted.getData(), SelfEvaluationResponse.class).getStatus()).isEqualTo("SUBMITTED");
        ApiResponse<Object> departmentApproved = new SelfEvaluationsApi(department).apiV1SelfEvaluationsIdDeptApprovePostWithHttpInfo(
                draft.getId(), new ReviewRequest().opinion("同意"), etag(submitted));
        assertThat(as(department, departmentApproved.getData(), SelfEvaluationResponse.class).getStatus()).isEqualTo("DEPT_REVIEWED");
        ApiResponse<Object> financeApproved = new SelfEvaluationsApi(finance).apiV1SelfEvaluationsIdFinanceApprovePostWithHttpInfo(
                draft.getId(), new ReviewRequest().opinion("审核通过"), etag(departmentApproved));

        SelfEvaluationResponse done = as(finance, financeApproved.getData(), SelfEvaluationResponse.class);
        assertThat(done.getStatus()).isEqualTo("FINANCE_REVIEWED");
        assertThat(done.getAllowedActions()).isEmpty();
        assertThat(done.getResult()).isNotNull();
        assertThat(done.getResult().getGrade()).isNotBlank();
        System.out.printf("[generated client] self-evaluation %s of goal %s: score %s, grade %s%n", done.getId(), goalId,
                done.getResult().getScore(), done.getResult().getGrade());
    }
}
