package cn.gov.daxiang.perf.domain.readiness;

import java.util.List;

/**
 * Reports whether a project may enter the library or next year's budget, check by check, with the
 * reason for each. Every check runs, so the unit sees everything that is missing at once.
 */
public final class ProjectReadiness {

    private final List<ReadinessCheck> checks;

    public ProjectReadiness(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Every precondition (前置条件) for the library and next year's budget: an approved goal; for NEW and CONTINUATION
     * projects a concluded supporting ex-ante assessment; the arrangement, when there is one, within the assessed
     * amount; the confirmed allocation decision of the last evaluation (取消安排 blocks, 减少资金 caps the arrangement);
     * no overdue rectification; funds not suspended.
     */
    public static ProjectReadiness standard() {
        return new ProjectReadiness(List.of(new ApprovedGoalCheck(), new PreAssessmentCheck(), new ArrangementWithinAssessedAmountCheck(),
                new AllocationDecisionCheck(), new NoOverdueRectificationCheck(), new FundsNotSuspendedCheck()));
    }

    public ReadinessReport assess(ProjectReadinessFacts facts) {
        return new ReadinessReport(facts.project().getCode(), checks.stream().map(c -> c.check(facts)).toList());
    }

    public List<String> checkCodes() {
        return checks.stream().map(ReadinessCheck::code).toList();
    }
}
