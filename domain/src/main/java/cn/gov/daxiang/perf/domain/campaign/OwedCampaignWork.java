package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The work a campaign's target unit owes, and the items that count towards it. A unit owes one item per goal of the
 * campaign's year, of the scope's {@linkplain CampaignScope#expectedGoalKinds kinds}, that has an approved version
 * (an adjustment under review still owes on the version in force). What counts: the reports of the scope's round,
 * or the self-evaluations of the year of the scope's kind (every kind when the scope names none), whatever their state.
 */
public record OwedCampaignWork(CampaignScope scope, FiscalYear fiscalYear) {

    public OwedCampaignWork {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
    }

    public static OwedCampaignWork of(Campaign campaign) {
        return new OwedCampaignWork(campaign.getScope(), campaign.getFiscalYear());
    }

    public Set<GoalKind> goalKinds() {
        return scope.expectedGoalKinds();
    }

    /** The round whose reports count; null for a self-evaluation campaign. */
    public MonitoringRoundId round() {
        return scope.roundId();
    }

    /** The kinds of self-evaluation that count; empty for a monitoring campaign. */
    public Set<SelfEvaluationKind> evaluationKinds() {
        if (scope.kind() == CampaignKind.MONITORING_ROUND) {
            return EnumSet.noneOf(SelfEvaluationKind.class);
        }
        return scope.evaluationKind() == null ? EnumSet.allOf(SelfEvaluationKind.class) : EnumSet.of(scope.evaluationKind());
    }

    /** Whether the goal's unit owes an item for it. */
    public boolean owes(PerformanceGoal goal) {
        return goal.getFiscalYear().equals(fiscalYear) && goalKinds().contains(goal.getKind()) && goal.hasApprovedVersion();
    }

    public boolean counts(MonitoringReport report) {
        return scope.kind() == CampaignKind.MONITORING_ROUND && report.getRoundId().equals(scope.roundId());
    }

    public boolean counts(SelfEvaluation evaluation) {
        return evaluation.getFiscalYear().equals(fiscalYear) && evaluationKinds().contains(evaluation.getKind());
    }
}
