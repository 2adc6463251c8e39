package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.adapter.rest.GeneratedClientService.Step;
import cn.gov.daxiang.perf.client.ApiClient;
import cn.gov.daxiang.perf.client.api.PerformanceGoalsApi;
import cn.gov.daxiang.perf.client.api.ProjectsApi;
import cn.gov.daxiang.perf.client.model.PerformanceGoal;
import cn.gov.daxiang.perf.client.model.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static cn.gov.daxiang.perf.adapter.rest.GeneratedClientService.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Java client generated from the committed contract (docs/openapi.yaml) drives one goal of the sample district
 * from declaration to approval on the packaged embedded default, and nothing else talks to the service: what the
 * document says is enough to do it (operations, bodies, If-Match from each answer's ETag). The TypeScript walk
 * (adapters-rest/src/test/contract/walk-goal.ts, typed by the openapi-typescript client and compiled by
 * scripts/check-api-contract.sh) does the same for another unit of the same service.
 */
class GeneratedClientGoalLifecycleIT {

    /** Emitted by scripts/check-api-contract.sh (test.sh runs it before Maven). */
    private static final Path WALK_GOAL = Path.of("target", "contract", "js", "src", "test", "contract", "walk-goal.js");
    private static GeneratedClientService service;

    @BeforeAll
    static void start() throws Exception {
        service = GeneratedClientService.start("goal-lifecycle");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theGeneratedClientTakesAGoalFromDeclarationThroughBothReviewsToApproval() throws Exception {
        ApiClient operator = service.as(GeneratedClientService.OPERATOR);
        List<Project> projects = new ProjectsApi(operator)
                .listProjects(null, null, null, null, 100, GeneratedClientService.UNIT).getItems();
        assertThat(projects).as("the sample projects of unit " + GeneratedClientService.UNIT).isNotEmpty();
        Project project = projects.get(0);

        List<Step> steps = service.approveGoal(project.getProjectCode(), project.getFiscalYear());

        assertThat(steps).extracting(s -> s.goal().getStatus().getCode().getValue())
                .containsExactly("DRAFT", "SUBMITTED", "DEPT_REVIEWED", "FINANCE_REVIEWED", "APPROVED");
        assertThat(steps).extracting(Step::etag).containsExactly("\"0\"", "\"1\"", "\"2\"", "\"3\"", "\"4\"");
        PerformanceGoal approved = steps.get(4).goal();
        assertThat(approved.getProjectCode()).isEqualTo(project.getProjectCode());
        assertThat(approved.getApprovedVersion()).isEqualTo(1);

        PerformanceGoal read = new PerformanceGoalsApi(operator).getPerformanceGoal(approved.getId());
        assertThat(read.getStatus().getCode().getValue()).isEqualTo("APPROVED");
        assertThat(read.getCurrent().getContent().getIndicators()).hasSize(5);
        assertThat(new PerformanceGoalsApi(operator).listPerformanceGoals(null, null, null, project.getProjectCode(), null, null, null)
                .getTotal()).isEqualTo(1);
    }

    @Test
    void theTypeScriptWalkTakesAGoalOfAnotherUnitToApproval() throws Exception {
        assumeTrue(Files.exists(WALK_GOAL), WALK_GOAL + " is built by scripts/check-api-contract.sh");
        Path log = Path.of("target", "walk-goal.log");
        Process node = new ProcessBuilder("node", WALK_GOAL.toString(), service.baseUri()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("walk-goal.js finished").isTrue();
        String output = Files.readString(log);
        System.out.println("[walk-goal.ts] " + output.strip().replace("\n", "\n[walk-goal.ts] "));
        assertThat(node.exitValue()).as("walk-goal.js exit code; its output: " + output).isZero();
        assertThat(output).contains("APPROVED");
    }
}
