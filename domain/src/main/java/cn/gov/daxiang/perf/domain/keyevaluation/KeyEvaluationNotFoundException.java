package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No key evaluation with this id, or one the caller may not see (another agency's, a unit's before acceptance). */
public class KeyEvaluationNotFoundException extends NotFoundException {

    public KeyEvaluationNotFoundException(KeyEvaluationId id) {
        super("KEY_EVALUATION_NOT_FOUND", Map.of("id", id.toString()));
    }
}
