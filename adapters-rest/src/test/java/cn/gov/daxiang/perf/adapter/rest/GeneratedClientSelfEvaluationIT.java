package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.client.ApiClient;
import cn.gov.daxiang.perf.client.ApiResponse;
import cn.gov.daxiang.perf.client.api.ProjectsApi;
import cn.gov.daxiang.perf.client.api.SelfEvaluationsApi;
import cn.gov.daxiang.perf.client.model.SelfEvaluationEntriesRequest;
import cn.gov.daxiang.perf.client.model.SelfEvaluationLine;
import cn.gov.daxiang.perf.client.model.SelfEvaluationLineRequest;
import cn.gov.daxiang.perf.client.model.OpenSelfEvaluationRequest;
import cn.gov.daxiang.perf.client.model.Project;
import cn.gov.daxiang.perf.client.model.ReviewRequest;
import cn.gov.daxiang.perf.client.model.SelfEvaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.List;
import java.util.UUID;

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
        Project project = new ProjectsApi(operator).listProjects(null, null, null, null, 100, GeneratedClientService.UNIT)
                .getItems().stream().filter(p -> p.getFiscalYear() < Year.now().getValue()).findFirst().orElseThrow();
        UUID goalId = service.approveGoal(project.getProjectCode(), project.getFiscalYear()).get(4).goal().getId();

        SelfEvaluationsApi asOperator = new SelfEvaluationsApi(operator);
        ApiResponse<SelfEvaluation> opened = asOperator.openSelfEvaluationWithHttpInfo(new OpenSelfEvaluationRequest().goalId(goalId), null);
        SelfEvaluation draft = opened.getData();
        assertThat(draft.getStatus().getCode().getValue()).isEqualTo("DRAFT");
        assertThat(draft.getGoalId()).isEqualTo(goalId);
        assertThat(draft.getLines()).hasSize(5);

        // Every indicator met exactly: no deviation to explain.
        List<SelfEvaluationLineRequest> lines = draft.getLines().stream()
                .map((SelfEvaluationLine line) -> new SelfEvaluationLineRequest().indicatorId(line.getIndicatorId()).actual(line.getTarget())).toList();
        ApiResponse<SelfEvaluation> filled = asOperator.recordSelfEvaluationEntriesWithHttpInfo(draft.getId(), etag(opened),
                new SelfEvaluationEntriesRequest().overallAchievement("全年资助幼儿1500人，各项指标均已完成。").lines(lines));
        SelfEvaluation sheet = filled.getData();
        assertThat(sheet.getMissingAchievements()).isEmpty();
        assertThat(sheet.getLines()).allSatisfy(line -> assertThat(line.getMet()).isTrue());

        ApiResponse<SelfEvaluation> submitted = asOperator.submitSelfEvaluationWithHttpInfo(draft.getId(), etag(filled));
        assertThat(submitted.getData().getStatus().getCode().getValue()).isEqualTo("SUBMITTED");
        ApiResponse<SelfEvaluation> departmentApproved = new SelfEvaluationsApi(department).deptApproveSelfEvaluationWithHttpInfo(
                draft.getId(), etag(submitted), new ReviewRequest().opinion("同意"));
        assertThat(departmentApproved.getData().getStatus().getCode().getValue()).isEqualTo("DEPT_REVIEWED");
        ApiResponse<SelfEvaluation> financeApproved = new SelfEvaluationsApi(finance).financeApproveSelfEvaluationWithHttpInfo(
                draft.getId(), etag(departmentApproved), new ReviewRequest().opinion("审核通过"));

        SelfEvaluation done = financeApproved.getData();
        assertThat(done.getStatus().getCode().getValue()).isEqualTo("FINANCE_REVIEWED");
        assertThat(done.getAllowedActions()).isEmpty();
        assertThat(done.getResult()).isNotNull();
        assertThat(done.getResult().getGrade()).isNotNull();
        System.out.printf("[generated client] self-evaluation %s of goal %s: score %s, grade %s%n", done.getId(), goalId,
                done.getResult().getScore(), done.getResult().getGrade());
    }
}
