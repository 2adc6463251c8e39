package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.keyevaluation.SelfAssessmentGaps;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON answers of the allocation resources. Money in 元, percentages and scores with two decimals. */
public final class AllocationResponses {

    private AllocationResponses() {
    }

    public record RuleResponse(String evaluationType, String grade, String gradeLabel, BigDecimal minScore, BigDecimal maxScore,
                               String treatment, String treatmentLabel, BigDecimal adjustmentPercent) {
    }

    public record PolicyResponse(int version, List<String> precedence, List<RuleResponse> rules, String publishedBy, Instant publishedAt) {
    }

    public record ObjectResponse(String kind, String unitCode, String projectCode, String name) {
    }

    public record EvaluationResponse(String type, String id, BigDecimal score, String grade, String gradeLabel, String gradeSchemeId,
                                     int evaluatedYear) {
    }

    public record DecisionResponse(String id, int budgetYear, String state, ObjectResponse object, EvaluationResponse evaluation,
                                   int policyVersion, String proposedTreatment, BigDecimal proposedAdjustmentPercent, String treatment,
                                   String treatmentLabel, BigDecimal adjustmentPercent, BigDecimal baseAmount, BigDecimal adjustedAmount,
                                   boolean overridden, String overrideReason, String proposedBy, Instant proposedAt, String decidedBy,
                                   Instant decidedAt, String supersedes, String supersededBy, List<String> allowedActions, long revision) {
    }

    public record DecisionListResponse(int total, List<DecisionResponse> items) {
    }

    public record ProposalsResponse(int budgetYear, int created, int existing, List<DecisionResponse> decisions) {
    }

    public record GapPairResponse(String keyEvaluationId, String title, String objectKind, String objectRef, BigDecimal selfScore,
                                  BigDecimal keyScore, BigDecimal gap) {
    }

    public record GapRowResponse(String unitCode, int year, int pairs, BigDecimal meanGap, BigDecimal meanAbsoluteGap, List<GapPairResponse> compared) {
    }

    public record GapsResponse(int fromYear, int toYear, List<GapRowResponse> rows) {
    }

    static PolicyResponse policy(AllocationPolicy p) {
        return new PolicyResponse(p.getVersion(), p.getPrecedence().stream().map(Enum::name).toList(),
                p.getRules().stream().map(AllocationResponses::rule).toList(), p.getPublishedBy().map(ActorId::value).orElse(null),
                p.getPublishedAt().orElse(null));
    }

    private static RuleResponse rule(AllocationRule r) {
        return new RuleResponse(r.evaluationType().name(), r.grade() == null ? null : r.grade().name(), r.grade() == null ? null : r.grade().label(),
                r.minScore(), r.maxScore(), r.treatment().name(), r.treatment().label(), r.adjustment().percent());
    }

    static DecisionResponse decision(AllocationDecisionView view) {
        AllocationDecision d = view.decision();
        AllocationDecision.Record r = d.getRecord();
        return new DecisionResponse(r.id().toString(), r.budgetYear().value(), r.state().name(),
                new ObjectResponse(r.object().kind().name(), r.object().unitCode().value(),
                        r.object().projectCode() == null ? null : r.object().projectCode().value(), r.object().name()),
                new EvaluationResponse(r.evaluationType().name(), r.evaluationId(), r.result().score().value(), r.result().grade().name(),
                        r.result().grade().label(), r.result().schemeId().value(), r.evaluatedYear().value()),
                r.policyVersion(), r.proposedTreatment().name(), r.proposedAdjustment().percent(), r.treatment().name(), r.treatment().label(),
                r.adjustment().percent(), r.base().amount(), d.getAdjustedAmount().amount(), d.isOverridden(), r.overrideReason(),
                r.proposedBy().value(), r.proposedAt(), r.decidedBy() == null ? null : r.decidedBy().value(), r.decidedAt(),
                r.supersedes() == null ? null : r.supersedes().toString(), r.supersededBy() == null ? null : r.supersededBy().toString(),
                d.getAllowedActions().stream().map(Enum::name).toList(), view.revision());
    }

    static GapsResponse gaps(int from, int to, SelfAssessmentGaps gaps) {
        return new GapsResponse(from, to, gaps.rows().stream().map(row -> new GapRowResponse(row.unitCode().value(), row.year().value(),
                row.pairs(), row.meanGap(), row.meanAbsoluteGap(), row.compared().stream().map(p -> new GapPairResponse(
                p.keyEvaluationId().toString(), p.title(), p.objectKind().name(), p.objectRef(), p.selfScore().value(), p.keyScore().value(),
                p.gap())).toList())).toList());
    }
}
