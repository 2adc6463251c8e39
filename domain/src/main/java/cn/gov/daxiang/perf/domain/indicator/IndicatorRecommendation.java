package cn.gov.daxiang.perf.domain.indicator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A suggested level-3 indicator with the reasons for it.
 *
 * @param source     where the proposed wording comes from (the library wins over approved goals)
 * @param templateId the library template, when the source is {@link RecommendationSource#TEMPLATE}
 * @param proposal   the indicator's fields, to be completed by the unit
 * @param score      the sum of the reasons' points; higher is more relevant
 * @param reasons    in the order of {@link RecommendationReason}
 * @param goalCount  how many approved goals use an indicator of this name (0 for a template nobody used yet)
 */
public record IndicatorRecommendation(RecommendationSource source, TemplateId templateId, IndicatorProposal proposal,
                                      int score, List<RecommendationReason> reasons, int goalCount) {

    public IndicatorRecommendation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(proposal, "proposal");
        reasons = List.copyOf(reasons);
    }

    public Optional<TemplateId> template() {
        return Optional.ofNullable(templateId);
    }

    public String name() {
        return proposal.name();
    }
}
