package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.Rectification;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the readiness checks know about a project. Build it with {@link #about} and the {@code with...}
 * methods, so that facts added for later checks do not break existing callers.
 *
 * @param goals             the project's goals (any kind, any status); checks pick what concerns them
 * @param preAssessments    the project's ex-ante assessments (any state)
 * @param arrangement       the project's budget arrangement, or null when finance has arranged nothing yet
 * @param rectifications    the project's rectification items (any state)
 * @param today             the district's day the facts are read on (overdue rectifications are counted on it); null
 *                          when no rectifications were given
 * @param monitoringReports the project's monitoring reports (any round, any state), for finance's funds decisions
 * @param allocationDecisions the allocation decisions of the project's budget year about its unit's objects (any
 *                          state); {@link AllocationDecisionCheck} picks the one about the project or its predecessor
 */
public record ProjectReadinessFacts(Project project, List<PerformanceGoal> goals, List<PreAssessment> preAssessments,
                                    BudgetArrangement arrangement, List<Rectification> rectifications, LocalDate today,
                                    List<MonitoringReport> monitoringReports, List<AllocationDecision> allocationDecisions) {

    public ProjectReadinessFacts {
        Objects.requireNonNull(project, "project");
        goals = List.copyOf(goals);
        preAssessments = List.copyOf(preAssessments);
        rectifications = List.copyOf(rectifications);
        monitoringReports = List.copyOf(monitoringReports);
        allocationDecisions = List.copyOf(allocationDecisions);
    }

    public static ProjectReadinessFacts about(Project project) {
        return new ProjectReadinessFacts(project, List.of(), List.of(), null, List.of(), null, List.of(), List.of());
    }

    public ProjectReadinessFacts withGoals(List<PerformanceGoal> projectGoals) {
        return new ProjectReadinessFacts(project, projectGoals, preAssessments, arrangement, rectifications, today, monitoringReports, allocationDecisions);
    }

    public ProjectReadinessFacts withPreAssessments(List<PreAssessment> projectAssessments) {
        return new ProjectReadinessFacts(project, goals, projectAssessments.stream()
                .filter(a -> a.getProjectCode().equals(project.getCode())).toList(), arrangement, rectifications, today, monitoringReports, allocationDecisions);
    }

    public ProjectReadinessFacts withArrangement(BudgetArrangement projectArrangement) {
        if (projectArrangement != null && !projectArrangement.getProjectCode().equals(project.getCode())) {
            throw new IllegalArgumentException("arrangement of " + projectArrangement.getProjectCode() + " for " + project.getCode());
        }
        return new ProjectReadinessFacts(project, goals, preAssessments, projectArrangement, rectifications, today, monitoringReports, allocationDecisions);
    }

    /** The project's rectification items (others are left out) as they stand on the district day {@code day}. */
    public ProjectReadinessFacts withRectifications(List<Rectification> projectRectifications, LocalDate day) {
        return withRectifications(projectRectifications, day, Set.of());
    }

    /**
     * The rectification items of the project and of its predecessors (the same work under earlier years' codes, see
     * {@link cn.gov.daxiang.perf.domain.allocation.ProjectContinuity#predecessorOf}): a finding on last year's project
     * is owed before this year's enters the library. Items of other projects are left out.
     */
    public ProjectReadinessFacts withRectifications(List<Rectification> items, LocalDate day, Set<ProjectCode> predecessors) {
        Objects.requireNonNull(day, "day");
        Set<ProjectCode> codes = new HashSet<>(predecessors);
        codes.add(project.getCode());
        return new ProjectReadinessFacts(project, goals, preAssessments, arrangement, items.stream()
                .filter(r -> r.getProjectCode().filter(codes::contains).isPresent()).toList(), day, monitoringReports, allocationDecisions);
    }

    /** The project's monitoring reports; reports of other projects (or department-overall ones) are left out. */
    public ProjectReadinessFacts withMonitoringReports(List<MonitoringReport> projectReports) {
        return new ProjectReadinessFacts(project, goals, preAssessments, arrangement, rectifications, today, projectReports.stream()
                .filter(r -> r.getProjectCode().filter(project.getCode()::equals).isPresent()).toList(), allocationDecisions);
    }

    public ProjectReadinessFacts withAllocationDecisions(List<AllocationDecision> budgetYearDecisions) {
        return new ProjectReadinessFacts(project, goals, preAssessments, arrangement, rectifications, today, monitoringReports,
                budgetYearDecisions);
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
