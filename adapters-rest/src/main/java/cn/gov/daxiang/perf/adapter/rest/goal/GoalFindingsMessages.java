package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorRecommendation;
import cn.gov.daxiang.perf.domain.indicator.IndicatorProposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;

/** Quality findings and recommendation reasons in the caller's language (same bundles as the problems). */
@ApplicationScoped
public class GoalFindingsMessages {

    private final ProblemMessages messages;

    @Inject
    public GoalFindingsMessages(ProblemMessages messages) {
        this.messages = messages;
    }

    public QualityFindingResponse toResponse(QualityFinding finding, Locale locale) {
        return new QualityFindingResponse(finding.code(), Coded.of(finding.severity()), finding.indicator().map(IndicatorId::toString).orElse(null),
                messages.title(finding.code(), locale), messages.detail(finding.code(), finding.arguments(), locale));
    }

    public RecommendationResponse toResponse(IndicatorRecommendation r, Locale locale) {
        IndicatorProposal p = r.proposal();
        return new RecommendationResponse(Coded.of(r.source()), r.template().map(Object::toString).orElse(null), p.level1(), p.level2(),
                p.name(), Coded.of(p.valueType()), Coded.of(p.comparator()), p.targetValue(), p.targetText(),
                p.unitOfMeasure(), r.score(), r.goalCount(),
                r.reasons().stream().map(reason -> new RecommendationResponse.Reason(reason.name(),
                        messages.detail("RECOMMENDATION_" + reason.name(), Map.of("count", r.goalCount()), locale))).toList());
    }
}
