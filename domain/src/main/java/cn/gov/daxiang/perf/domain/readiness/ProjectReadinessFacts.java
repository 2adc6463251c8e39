package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.project.Project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the readiness checks know about a project. Build it with {@link #about} and the {@code with...}
 * methods, so that facts added for later checks (allocation decision, rectifications) do not break existing callers.
 *
 * @param goals          the project's goals (any kind, any status); checks pick what concerns them
 * @param preAssessments the project's ex-ante assessments (any state)
 * @param arrangement    the project's budget arrangement, or null when finance has arranged nothing yet
 * @param allocationDecisions the allocation decisions of the project's budget year about its unit's objects (any
 *                       state); {@link AllocationDecisionCheck} picks the one about the project or its predecessor
 */
public record ProjectReadinessFacts(Project project, List<PerformanceGoal> goals, List<PreAssessment> preAssessments,
                                    BudgetArrangement arrangement, List<AllocationDecision> allocationDecisions) {

    public ProjectReadinessFacts {
        Objects.requireNonNull(project, "project");
        goals = List.copyOf(goals);
        preAssessments = List.copyOf(preAssessments);
        allocationDecisions = allocationDecisions == null ? List.of() : List.copyOf(allocationDecisions);
    }

    public static ProjectReadinessFacts about(Project project) {
        return new ProjectReadinessFacts(project, List.of(), List.of(), null, List.of());
    }

    public ProjectReadinessFacts withGoals(List<PerformanceGoal> projectGoals) {
        return new ProjectReadinessFacts(project, projectGoals, preAssessments, arrangement, allocationDecisions);
    }

    public ProjectReadinessFacts withPreAssessments(List<PreAssessment> projectAssessments) {
        return new ProjectReadinessFacts(project, goals, projectAssessments.stream()
                .filter(a -> a.getProjectCode().equals(project.getCode())).toList(), arrangement, allocationDecisions);
    }

    public ProjectReadinessFacts withArrangement(BudgetArrangement projectArrangement) {
        if (projectArrangement != null && !projectArrangement.getProjectCode().equals(project.getCode())) {
            throw new IllegalArgumentException("arrangement of " + projectArrangement.getProjectCode() + " for " + project.getCode());
        }
        return new ProjectReadinessFacts(project, goals, preAssessments, projectArrangement, allocationDecisions);
    }

    public ProjectReadinessFacts withAllocationDecisions(List<AllocationDecision> budgetYearDecisions) {
        return new ProjectReadinessFacts(project, goals, preAssessments, arrangement, budgetYearDecisions);
    }

    public Optional<BudgetArrangement> arrangementIfAny() {
        return Optional.ofNullable(arrangement);
    }

    /** The arrangement's classification, or the default for the project's category when nothing is arranged. */
    public BudgetClassification classification() {
        return arrangementIfAny().map(BudgetArrangement::getClassification)
                .orElseGet(() -> BudgetClassification.defaultFor(project.getCategory()));
    }

    public AssessmentStanding assessmentStanding() {
        return AssessmentStanding.of(preAssessments);
    }
}
