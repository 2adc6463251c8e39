package cn.gov.daxiang.perf.domain.selfevaluation;

import java.util.Objects;
import java.util.UUID;

public record SelfEvaluationId(UUID value) {

    public SelfEvaluationId {
        Objects.requireNonNull(value, "value");
    }

    public static SelfEvaluationId of(UUID value) {
        return new SelfEvaluationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
