package cn.gov.daxiang.perf.domain.rectification;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a rectification comes from: an evaluation (a key evaluation or a self-evaluation) and, for an item issued from
 * an accepted key evaluation's finding, the finding's position in the evaluation's list (null for an item finance
 * raised itself). One finding gives at most one item: the stores keep (kind, evaluation, finding) unique.
 */
public record RectificationSource(EvaluationKind kind, UUID evaluationId, Integer findingIndex) {

    public RectificationSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evaluationId, "evaluationId");
        if (findingIndex != null && findingIndex < 0) {
            throw new IllegalArgumentException("finding index must not be negative: " + findingIndex);
        }
        if (findingIndex != null && kind != EvaluationKind.KEY_EVALUATION) {
            throw new IllegalArgumentException("only key evaluations issue items from findings");
        }
    }

    public static RectificationSource finding(UUID keyEvaluationId, int index) {
        return new RectificationSource(EvaluationKind.KEY_EVALUATION, keyEvaluationId, index);
    }

    public static RectificationSource raised(EvaluationKind kind, UUID evaluationId) {
        return new RectificationSource(kind, evaluationId, null);
    }

    public boolean fromFinding() {
        return findingIndex != null;
    }
}
