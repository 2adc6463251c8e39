package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The commissioned agency's evaluator records findings and suggestions. */
public interface RecordKeyEvaluationFindingsUseCase {

    KeyEvaluationDetails recordKeyEvaluationFindings(Actor actor, RecordKeyEvaluationFindingsCommand command);
}
