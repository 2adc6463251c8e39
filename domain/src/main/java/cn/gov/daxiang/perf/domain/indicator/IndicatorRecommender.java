package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggests level-3 indicators for a goal from the library and from approved goals of other projects.
 * Candidates with the same normalised name are one suggestion carrying the reasons of all of them;
 * what the goal already has is left out. The score is the sum of the reasons' points
 * ({@link RecommendationReason}); the order is by score (highest first), then name, then source, so the
 * same input always gives the same list.
 */
public final class IndicatorRecommender {

    /** A fiscal year counts as recent when it is the goal's year or one of this many years before. */
    static final int RECENT_YEARS = 2;

    // java.util.Comparator is spelt out: Comparator in this package is the indicator's ≥ ≤ =.
    private static final java.util.Comparator<IndicatorRecommendation> ORDER =
            java.util.Comparator.comparingInt(IndicatorRecommendation::score).reversed()
                    .thenComparing(IndicatorRecommendation::name)
                    .thenComparing(IndicatorRecommendation::source);

    /**
     * @param templates library templates; inactive ones are ignored
     * @param samples   indicators of approved goals of other projects
     * @param limit     at most this many suggestions
     */
    public List<IndicatorRecommendation> recommend(RecommendationContext context, Collection<IndicatorTemplate> templates,
                                                   Collection<ApprovedIndicatorSample> samples, int limit) {
        Set<String> existing = context.existingNames().stream().map(Texts::normalised).collect(Collectors.toSet());
        Map<String, Candidates> byName = new LinkedHashMap<>();
        for (IndicatorTemplate template : templates) {
            String key = Texts.normalised(template.getName());
            if (template.isActive() && !existing.contains(key)) {
                byName.computeIfAbsent(key, k -> new Candidates()).templates.add(template);
            }
        }
        for (ApprovedIndicatorSample sample : samples) {
            String key = Texts.normalised(sample.indicator().name());
            if (!existing.contains(key)) {
                byName.computeIfAbsent(key, k -> new Candidates()).samples.add(sample);
            }
        }
        List<IndicatorRecommendation> result = new ArrayList<>();
        for (Candidates candidates : byName.values()) {
            candidates.toRecommendation(context).ifPresent(result::add);
        }
        result.sort(ORDER);
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : List.copyOf(result);
    }

    static Set<RecommendationReason> reasons(RecommendationContext context, IndicatorTemplate template) {
        Set<RecommendationReason> reasons = EnumSet.noneOf(RecommendationReason.class);
        if (context.unitSystem().contains(template.getId())) {
            reasons.add(RecommendationReason.IN_UNIT_SYSTEM);
        }
        if (template.getIndustry().equals(context.industry())) {
            reasons.add(RecommendationReason.SAME_INDUSTRY);
        }
        if (template.getDetails().isGeneral()) {
            reasons.add(RecommendationReason.GENERAL_PURPOSE);
        }
        return reasons;
    }

    static Set<RecommendationReason> reasons(RecommendationContext context, ApprovedIndicatorSample sample) {
        Set<RecommendationReason> reasons = EnumSet.noneOf(RecommendationReason.class);
        if (sample.industry() != null && sample.industry().equals(context.industry())) {
            reasons.add(RecommendationReason.SAME_INDUSTRY);
        }
        if (sample.unitCode().equals(context.unitCode())) {
            reasons.add(RecommendationReason.SAME_UNIT);
        }
        if (sample.department() != null && sample.department().equals(context.supervisingDepartment())) {
            reasons.add(RecommendationReason.SAME_DEPARTMENT);
        }
        if (sample.projectKinds().stream().anyMatch(context.projectKinds()::contains)) {
            reasons.add(RecommendationReason.SAME_KIND);
        }
        if (sample.projectCategory() != null && sample.projectCategory() == context.projectCategory()) {
            reasons.add(RecommendationReason.SAME_CATEGORY);
        }
        int age = context.fiscalYear().value() - sample.fiscalYear().value();
        if (age >= 0 && age <= RECENT_YEARS) {
            reasons.add(RecommendationReason.RECENT_YEAR);
        }
        return reasons;
    }

    static int score(Set<RecommendationReason> reasons, int goalCount) {
        return reasons.stream().mapToInt(r -> r.pointsFor(goalCount)).sum();
    }

    /** Everything suggested under one normalised name. */
    private static final class Candidates {
        final List<IndicatorTemplate> templates = new ArrayList<>();
        final List<ApprovedIndicatorSample> samples = new ArrayList<>();

        Optional<IndicatorRecommendation> toRecommendation(RecommendationContext context) {
            Set<RecommendationReason> all = EnumSet.noneOf(RecommendationReason.class);
            templates.forEach(t -> all.addAll(reasons(context, t)));
            samples.forEach(s -> all.addAll(reasons(context, s)));
            int goalCount = samples.size();
            if (goalCount >= 2) {
                all.add(RecommendationReason.USED_BY_SEVERAL_GOALS);
            }
            if (all.stream().noneMatch(RecommendationReason::qualifying)) {
                return Optional.empty();
            }
            int score = score(all, goalCount);
            List<RecommendationReason> ordered = List.copyOf(all);
            if (!templates.isEmpty()) {
                // The library's wording is curated by finance, so it speaks for the whole group.
                IndicatorTemplate best = templates.stream()
                        .min(java.util.Comparator.comparingInt((IndicatorTemplate t) -> -score(reasons(context, t), 0))
                                .thenComparing(t -> t.getId().toString()))
                        .orElseThrow();
                return Optional.of(new IndicatorRecommendation(RecommendationSource.TEMPLATE, best.getId(),
                        best.toProposal(), score, ordered, goalCount));
            }
            ApprovedIndicatorSample best = samples.stream()
                    .min(java.util.Comparator.comparingInt((ApprovedIndicatorSample s) -> -score(reasons(context, s), 0))
                            .thenComparing(s -> -s.fiscalYear().value())
                            .thenComparing(s -> s.indicator().id().toString()))
                    .orElseThrow();
            return Optional.of(new IndicatorRecommendation(RecommendationSource.APPROVED_GOAL, null,
                    IndicatorProposal.of(best.indicator()), score, ordered, goalCount));
        }
    }
}
