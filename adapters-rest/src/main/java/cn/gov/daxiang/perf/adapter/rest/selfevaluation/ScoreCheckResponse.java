package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The recomputation of a year's graded self-evaluations: how many were checked, the sum and average of the
 * recomputed totals, the grades, the recorded results that differ (there should be none) and a digest of
 * every recomputed result.
 */
public record ScoreCheckResponse(int fiscalYear, int checked, BigDecimal totalOfScores, BigDecimal averageScore,
                                 Map<String, Integer> grades, List<Mismatch> mismatches, String digest) {

    public record Mismatch(String evaluationId, SelfEvaluationResponse.Graded recorded, SelfEvaluationResponse.Graded recomputed) {
    }
}
