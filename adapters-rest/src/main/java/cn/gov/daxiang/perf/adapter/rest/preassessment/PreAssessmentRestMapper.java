package cn.gov.daxiang.perf.adapter.rest.preassessment;

import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentDetails;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentAccessPolicy;

import java.math.BigDecimal;

/** Assessments and criteria as JSON. */
@ApplicationScoped
public class PreAssessmentRestMapper {

    /** An assessment as {@code actor} sees it: allowedActions are what this caller may do to it now. */
    public PreAssessmentResponse toResponse(Actor actor, PreAssessmentDetails details) {
        PreAssessment a = details.assessment();
        return new PreAssessmentResponse(a.getId().toString(), a.getProjectCode().value(), a.getUnitCode().value(), a.getFiscalYear().value(),
                Coded.of(a.getPurpose()), a.getRequestedAmount().amount(), a.getSummary().orElse(null),
                a.getCriteriaVersion(), a.getCriteria().stream().map(c -> line(a, c)).toList(), a.total().value(), a.isFullyScored(),
                Coded.of(a.getState()), PreAssessmentAccessPolicy.offered(actor, a).stream().map(Coded::of).toList(), a.getAgency().map(AgencyId::value).orElse(null),
                a.getReturnReason().orElse(null), a.getReturnCount(), a.getConclusion().map(Coded::of).orElse(null),
                a.getAssessedAmount().map(Money::amount).orElse(null),
                a.getOpinion().orElse(null), a.getConcludedBy().map(ActorId::value).orElse(null), a.getConcludedAt().orElse(null),
                a.getDraftedBy().value(), a.getDraftedAt(), details.revision());
    }

    public AssessmentCriteriaResponse toResponse(AssessmentCriteriaSet set) {
        return new AssessmentCriteriaResponse(set.getVersion(), set.getCriteria().stream()
                .map(c -> new AssessmentCriteriaResponse.Criterion(c.code(), c.label(), c.maxPoints())).toList(),
                set.getCriteria().stream().map(AssessmentCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add),
                set.getPublishedBy().map(ActorId::value).orElse(null), set.getPublishedAt().orElse(null));
    }

    private static PreAssessmentResponse.CriterionLine line(PreAssessment a, AssessmentCriterion c) {
        CriterionScore score = a.getScore(c.code()).orElse(null);
        return new PreAssessmentResponse.CriterionLine(c.code(), c.label(), c.maxPoints(), score == null ? null : score.points(),
                score == null ? null : score.comment());
    }
}
