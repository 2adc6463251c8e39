package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No self-evaluation with this id, or one the caller may not see. */
public class SelfEvaluationNotFoundException extends NotFoundException {

    public SelfEvaluationNotFoundException(SelfEvaluationId id) {
        super("SELF_EVALUATION_NOT_FOUND", Map.of("id", id.toString()));
    }
}
