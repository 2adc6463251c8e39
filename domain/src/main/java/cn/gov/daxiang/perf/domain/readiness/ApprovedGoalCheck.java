package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.goal.GoalCoverage;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The project has an approved goal for its fiscal year (目标作为入库、预算安排的前置条件). A transfer-payment
 * project needs a TRANSFER_PAYMENT goal, as for coverage ({@link GoalCoverage#covers}).
 */
public final class ApprovedGoalCheck implements ReadinessCheck {

    public static final String CODE = "READINESS_APPROVED_GOAL";
    public static final String GOAL_MISSING = "READINESS_GOAL_MISSING";
    public static final String GOAL_OF_WRONG_KIND = "READINESS_GOAL_OF_WRONG_KIND";
    public static final String GOAL_NOT_APPROVED = "READINESS_GOAL_NOT_APPROVED";
    public static final String GOAL_APPROVED = "READINESS_GOAL_APPROVED";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public ReadinessCheckResult check(ProjectReadinessFacts facts) {
        Project project = facts.project();
        boolean transfer = project.isOfKind(ProjectKind.TRANSFER_PAYMENT);
        List<PerformanceGoal> ofProject = facts.goals().stream()
                .filter(g -> g.getProjectCode().filter(project.getCode()::equals).isPresent())
                .filter(g -> g.getFiscalYear().equals(project.getFiscalYear()))
                .toList();
        if (ofProject.isEmpty()) {
            return ReadinessCheckResult.fail(CODE, GOAL_MISSING, Map.of("projectCode", project.getCode().value()));
        }
        List<PerformanceGoal> counting = ofProject.stream().filter(g -> GoalCoverage.covers(g.getKind(), transfer)).toList();
        if (counting.isEmpty()) {
            return ReadinessCheckResult.fail(CODE, GOAL_OF_WRONG_KIND, Map.of(
                    "kind", ofProject.get(0).getKind().name(), "required", GoalKind.TRANSFER_PAYMENT.name()));
        }
        for (PerformanceGoal goal : counting) {
            Optional<GoalVersion> approved = goal.latestApprovedVersion();
            if (approved.isPresent()) {
                return ReadinessCheckResult.pass(CODE, GOAL_APPROVED, Map.of(
                        "goalId", goal.getId().toString(), "version", approved.get().getNumber()));
            }
        }
        String statuses = counting.stream().map(g -> g.getStatus().name()).distinct().collect(Collectors.joining(", "));
        return ReadinessCheckResult.fail(CODE, GOAL_NOT_APPROVED, Map.of(
                "goalId", counting.get(0).getId().toString(), "status", statuses));
    }
}
