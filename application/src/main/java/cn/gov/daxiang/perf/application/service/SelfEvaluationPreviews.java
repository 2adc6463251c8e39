package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The score preview of a draft (评分预览): once every entry is made, the grade its total would earn under the
 * scheme configured now for self-evaluations of its year. A submitted evaluation shows its recorded result instead.
 */
@ApplicationScoped
public class SelfEvaluationPreviews {

    private final GradingConfigurationRepository configuration;

    @Inject
    public SelfEvaluationPreviews(GradingConfigurationRepository configuration) {
        this.configuration = configuration;
    }

    public SelfEvaluationDetails details(SelfEvaluation evaluation, long revision) {
        return details(evaluation, revision, null);
    }

    /** @param catalog the catalog to grade with, or null to read the configured one (lists pass it once per page) */
    public SelfEvaluationDetails details(SelfEvaluation evaluation, long revision, GradeSchemeCatalog catalog) {
        GradedScore preview = null;
        if (evaluation.getStatus() == ReviewState.DRAFT && evaluation.isScorable()) {
            GradeSchemeCatalog grading = catalog != null ? catalog : configuration.gradeSchemeCatalog().catalog();
            try {
                preview = evaluation.grade(grading.schemeFor(EvaluationType.SELF_EVALUATION, evaluation.getFiscalYear()));
            } catch (DomainException noSchemeYet) {
                // No scheme configured for the year: the draft shows no preview; submission will say why.
                preview = null;
            }
        }
        return new SelfEvaluationDetails(evaluation, revision, preview);
    }
}
