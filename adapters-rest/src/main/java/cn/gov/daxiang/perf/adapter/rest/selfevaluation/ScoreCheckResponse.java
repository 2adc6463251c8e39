package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.grade.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The recomputation of a year's graded self-evaluations: how many were checked, the sum and average of the
 * recomputed totals, the grades, the recorded results that differ (there should be none) and a digest of
 * every recomputed result.
 */
@Schema(name = "SelfEvaluationScoreCheck", requiredProperties = {"fiscalYear", "checked", "totalOfScores", "grades", "mismatches", "digest"})
public record ScoreCheckResponse(int fiscalYear, int checked, BigDecimal totalOfScores, BigDecimal averageScore,
                                 List<GradeCount> grades, List<Mismatch> mismatches, String digest) {

    @Schema(name = "SelfEvaluationScoreCheckGrade", requiredProperties = {"grade", "count"})
    public record GradeCount(Coded<Grade> grade, int count) {
    }

    @Schema(name = "SelfEvaluationScoreMismatch", requiredProperties = {"evaluationId", "recorded", "recomputed"})
    public record Mismatch(String evaluationId, SelfEvaluationResponse.Graded recorded, SelfEvaluationResponse.Graded recomputed) {
    }
}
