package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.indicator.IndicatorRecommender;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.readiness.ProjectReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The domain's rule sets as the use cases get them: today the standard taxonomy and checks; a bureau
 * that configures its own (e.g. 成本 as a level-1 group) replaces these producers. Singletons without a
 * client proxy, because the domain's types are final.
 */
@ApplicationScoped
public class TaxonomyProducer {

    @Produces
    @Singleton
    IndicatorTaxonomy taxonomy() {
        return IndicatorTaxonomy.standard();
    }

    @Produces
    @Singleton
    GoalQualityChecks qualityChecks() {
        return GoalQualityChecks.standard();
    }

    @Produces
    @Singleton
    IndicatorRecommender recommender() {
        return new IndicatorRecommender();
    }

    @Produces
    @Singleton
    ProjectReadiness readiness() {
        return ProjectReadiness.standard();
    }
}
