package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a campaign asks for, and so which work of a unit counts: the reports of one monitoring round (one per
 * approved goal of the round's year), or the self-evaluations of the campaign's year, of every approved
 * goal or only of one kind (the district's 2023 campaign asked for the 部门整体 evaluations only).
 *
 * @param roundId        the round, for a MONITORING_ROUND campaign; null otherwise
 * @param evaluationKind the kind of self-evaluation asked for, or null for every kind; null for a round
 */
public record CampaignScope(CampaignKind kind, MonitoringRoundId roundId, SelfEvaluationKind evaluationKind) {

    public CampaignScope {
        Objects.requireNonNull(kind, "kind");
        if (kind == CampaignKind.MONITORING_ROUND && roundId == null) {
            throw new InvalidValueException("roundId", "CAMPAIGN_ROUND_REQUIRED", Map.of("kind", kind.name()));
        }
        if (kind == CampaignKind.MONITORING_ROUND && evaluationKind != null) {
            throw new InvalidValueException("evaluationKind", "CAMPAIGN_EVALUATION_KIND_NOT_ALLOWED", Map.of("kind", kind.name()));
        }
        if (kind == CampaignKind.SELF_EVALUATION && roundId != null) {
            throw new InvalidValueException("roundId", "CAMPAIGN_ROUND_NOT_ALLOWED", Map.of("kind", kind.name()));
        }
    }

    public static CampaignScope monitoring(MonitoringRoundId roundId) {
        return new CampaignScope(CampaignKind.MONITORING_ROUND, roundId, null);
    }

    /** @param evaluationKind the kind asked for, or null for the self-evaluations of every approved goal */
    public static CampaignScope selfEvaluation(SelfEvaluationKind evaluationKind) {
        return new CampaignScope(CampaignKind.SELF_EVALUATION, null, evaluationKind);
    }

    /**
     * The goals whose approved versions a target unit owes work for: every goal for a round; for
     * self-evaluations, 部门整体 goals for a DEPARTMENT_OVERALL campaign and project and transfer-payment
     * goals for a PROJECT campaign.
     */
    public Set<GoalKind> expectedGoalKinds() {
        if (kind == CampaignKind.MONITORING_ROUND || evaluationKind == null) {
            return EnumSet.allOf(GoalKind.class);
        }
        return evaluationKind == SelfEvaluationKind.DEPARTMENT_OVERALL
                ? EnumSet.of(GoalKind.DEPARTMENT_OVERALL) : EnumSet.of(GoalKind.PROJECT, GoalKind.TRANSFER_PAYMENT);
    }
}
