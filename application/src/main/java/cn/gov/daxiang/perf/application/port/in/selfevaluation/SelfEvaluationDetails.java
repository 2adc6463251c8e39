package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;

import java.util.Optional;

/**
 * A self-evaluation as stored, with its revision and, while it is a draft with every entry made, the grade its
 * score would earn under the scheme configured now (the preview; the result is fixed at submission).
 */
public record SelfEvaluationDetails(SelfEvaluation evaluation, long revision, GradedScore preview) {

    public Optional<GradedScore> previewIfAny() {
        return Optional.ofNullable(preview);
    }
}
