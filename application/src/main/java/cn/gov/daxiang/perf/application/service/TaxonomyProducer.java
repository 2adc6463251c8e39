package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.indicator.IndicatorRecommender;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.readiness.ProjectReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The domain's rule sets as the use cases get them: today the standard taxonomy and checks; a bureau
 * that configures its own (e.g. 成本 as a level-1 group) replaces these producers.
 */
@ApplicationScoped
public class TaxonomyProducer {

    @Produces
    @ApplicationScoped
    IndicatorTaxonomy taxonomy() {
        return IndicatorTaxonomy.standard();
    }

    @Produces
    @ApplicationScoped
    GoalQualityChecks qualityChecks() {
        return GoalQualityChecks.standard();
    }

    @Produces
    @ApplicationScoped
    IndicatorRecommender recommender() {
        return new IndicatorRecommender();
    }

    @Produces
    @ApplicationScoped
    ProjectReadiness readiness() {
        return ProjectReadiness.standard();
    }
}
