package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.AllocationAccessPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionAction;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.AllocationObjectKind;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.AllocationRule;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.SelfAssessmentGaps;
import cn.gov.daxiang.perf.domain.review.ActorId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON answers of the allocation resources. Money in 元, percentages and scores with two decimals. */
public final class AllocationResponses {

    private AllocationResponses() {
    }

    @Schema(name = "AllocationRule", requiredProperties = {"evaluationType", "treatment", "adjustmentPercent"})
    public record RuleResponse(Coded<EvaluationType> evaluationType, Coded<Grade> grade, BigDecimal minScore, BigDecimal maxScore,
                               Coded<Treatment> treatment, BigDecimal adjustmentPercent) {
    }

    @Schema(name = "AllocationPolicy", requiredProperties = {"version", "precedence", "rules"})
    public record PolicyResponse(int version, List<Coded<EvaluationType>> precedence, List<RuleResponse> rules, String publishedBy,
                                 Instant publishedAt) {
    }

    /** What a decision is about; {@code name} is the project's name or, for a unit's overall spending, the unit's. */
    @Schema(name = "AllocationObject", requiredProperties = {"kind", "unitCode", "unitName", "name"})
    public record ObjectResponse(Coded<AllocationObjectKind> kind, String unitCode, String unitName, String projectCode, String projectName,
                                 String name) {
    }

    @Schema(name = "AllocationEvaluationResult", requiredProperties = {"type", "id", "score", "grade", "gradeSchemeId", "evaluatedYear"})
    public record EvaluationResponse(Coded<EvaluationType> type, String id, BigDecimal score, Coded<Grade> grade, String gradeSchemeId,
                                     int evaluatedYear) {
    }

    @Schema(name = "AllocationDecision", requiredProperties = {"id", "budgetYear", "state", "object", "evaluation", "policyVersion",
            "proposedTreatment", "proposedAdjustmentPercent", "treatment", "adjustmentPercent", "baseAmount", "adjustedAmount", "overridden",
            "proposedBy", "proposedAt", "allowedActions", "revision"})
    public record DecisionResponse(@Schema(format = "uuid") String id, int budgetYear, Coded<AllocationDecisionState> state, ObjectResponse object,
                                   EvaluationResponse evaluation, int policyVersion, Coded<Treatment> proposedTreatment,
                                   BigDecimal proposedAdjustmentPercent, Coded<Treatment> treatment, BigDecimal adjustmentPercent,
                                   @Schema(description = "元") BigDecimal baseAmount, @Schema(description = "元") BigDecimal adjustedAmount,
                                   boolean overridden, String overrideReason, String proposedBy, Instant proposedAt, String decidedBy,
                                   Instant decidedAt, String supersedes, String supersededBy,
                                   @Schema(description = "What the caller may do to the decision now (its state and the caller's role)")
                                   List<Coded<AllocationDecisionAction>> allowedActions, long revision) {
    }

    @Schema(name = "AllocationDecisionList", requiredProperties = {"total", "items"})
    public record DecisionListResponse(int total, List<DecisionResponse> items) {
    }

    @Schema(name = "AllocationProposals", requiredProperties = {"budgetYear", "created", "existing", "decisions"})
    public record ProposalsResponse(int budgetYear, int created, int existing, List<DecisionResponse> decisions) {
    }

    @Schema(name = "SelfAssessmentGapPair", requiredProperties = {"keyEvaluationId", "title", "objectKind", "objectRef", "selfScore", "keyScore", "gap"})
    public record GapPairResponse(String keyEvaluationId, String title, Coded<EvaluationObjectKind> objectKind, String objectRef, BigDecimal selfScore,
                                  BigDecimal keyScore, BigDecimal gap) {
    }

    @Schema(name = "SelfAssessmentGapRow", requiredProperties = {"unitCode", "year", "pairs", "compared"})
    public record GapRowResponse(String unitCode, int year, int pairs, BigDecimal meanGap, BigDecimal meanAbsoluteGap, List<GapPairResponse> compared) {
    }

    @Schema(name = "SelfAssessmentGaps", requiredProperties = {"fromYear", "toYear", "rows"})
    public record GapsResponse(int fromYear, int toYear, List<GapRowResponse> rows) {
    }

    static PolicyResponse policy(AllocationPolicy p) {
        return new PolicyResponse(p.getVersion(), p.getPrecedence().stream().map(Coded::of).toList(),
                p.getRules().stream().map(AllocationResponses::rule).toList(), p.getPublishedBy().map(ActorId::value).orElse(null),
                p.getPublishedAt().orElse(null));
    }

    private static RuleResponse rule(AllocationRule r) {
        return new RuleResponse(Coded.of(r.evaluationType()), Coded.of(r.grade()), r.minScore(), r.maxScore(), Coded.of(r.treatment()),
                r.adjustment().percent());
    }

    /** A decision as {@code actor} sees it: allowedActions are what this caller may do to it now. */
    static DecisionResponse decision(Actor actor, AllocationDecisionView view) {
        AllocationDecision d = view.decision();
        AllocationDecision.Record r = d.getRecord();
        boolean project = r.object().kind() == AllocationObjectKind.PROJECT;
        return new DecisionResponse(r.id().toString(), r.budgetYear().value(), Coded.of(r.state()),
                new ObjectResponse(Coded.of(r.object().kind()), r.object().unitCode().value(), view.unitName(),
                        project ? r.object().projectCode().value() : null, project ? r.object().name() : null, r.object().name()),
                new EvaluationResponse(Coded.of(r.evaluationType()), r.evaluationId(), r.result().score().value(), Coded.of(r.result().grade()),
                        r.result().schemeId().value(), r.evaluatedYear().value()),
                r.policyVersion(), Coded.of(r.proposedTreatment()), r.proposedAdjustment().percent(), Coded.of(r.treatment()),
                r.adjustment().percent(), r.base().amount(), d.getAdjustedAmount().amount(), d.isOverridden(), r.overrideReason(),
                r.proposedBy().value(), r.proposedAt(), r.decidedBy() == null ? null : r.decidedBy().value(), r.decidedAt(),
                r.supersedes() == null ? null : r.supersedes().toString(), r.supersededBy() == null ? null : r.supersededBy().toString(),
                AllocationAccessPolicy.offered(actor, d).stream().map(Coded::of).toList(), view.revision());
    }

    static GapsResponse gaps(int from, int to, SelfAssessmentGaps gaps) {
        return new GapsResponse(from, to, gaps.rows().stream().map(row -> new GapRowResponse(row.unitCode().value(), row.year().value(),
                row.pairs(), row.meanGap(), row.meanAbsoluteGap(), row.compared().stream().map(p -> new GapPairResponse(
                p.keyEvaluationId().toString(), p.title(), Coded.of(p.objectKind()), p.objectRef(), p.selfScore().value(), p.keyScore().value(),
                p.gap())).toList())).toList());
    }
}
