package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.rest.GeneratedClientService.Step;
import cn.gov.daxiang.perf.client.ApiClient;
import cn.gov.daxiang.perf.client.api.PerformanceGoalsApi;
import cn.gov.daxiang.perf.client.api.ProjectsApi;
import cn.gov.daxiang.perf.client.model.GoalResponse;
import cn.gov.daxiang.perf.client.model.ProjectResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.daxiang.perf.adapter.rest.GeneratedClientService.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java client generated from the committed contract (docs/openapi.yaml) drives one goal of the sample district
 * from declaration to approval on the packaged embedded default, and nothing else talks to the service: what the
 * document says is enough to do it (operations, bodies, If-Match from each answer's ETag).
 */
class GeneratedClientGoalLifecycleIT {

    private GeneratedClientService service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theGeneratedClientTakesAGoalFromDeclarationThroughBothReviewsToApproval() throws Exception {
        service = GeneratedClientService.start("goal-lifecycle");
        ApiClient operator = service.as(GeneratedClientService.OPERATOR);
        List<ProjectResponse> projects = new ProjectsApi(operator)
                .apiV1ProjectsGet(null, null, null, null, "100", GeneratedClientService.UNIT).getItems();
        assertThat(projects).as("the sample projects of unit " + GeneratedClientService.UNIT).isNotEmpty();
        ProjectResponse project = projects.get(0);

        List<Step> steps = service.approveGoal(project.getProjectCode(), project.getFiscalYear());

        assertThat(steps).extracting(s -> s.goal().getStatus())
                .containsExactly("DRAFT", "SUBMITTED", "DEPT_REVIEWED", "FINANCE_REVIEWED", "APPROVED");
        assertThat(steps).extracting(Step::etag).containsExactly("\"0\"", "\"1\"", "\"2\"", "\"3\"", "\"4\"");
        GoalResponse approved = steps.get(4).goal();
        assertThat(approved.getProjectCode()).isEqualTo(project.getProjectCode());
        assertThat(approved.getApprovedVersion()).isEqualTo(1);

        GoalResponse read = as(operator, new PerformanceGoalsApi(operator).apiV1PerformanceGoalsIdGet(approved.getId()), GoalResponse.class);
        assertThat(read.getStatus()).isEqualTo("APPROVED");
        assertThat(read.getCurrent().getContent().getIndicators()).hasSize(5);
        assertThat(new PerformanceGoalsApi(operator).apiV1PerformanceGoalsGet(null, null, null, project.getProjectCode(), null, null, null)
                .getTotal()).isEqualTo(1);
    }
}
