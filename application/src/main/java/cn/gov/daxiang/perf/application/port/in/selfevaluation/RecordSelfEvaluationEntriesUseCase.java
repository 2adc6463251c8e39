package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The unit fills its draft self-evaluation; a refused entry changes nothing and names the line it concerns. */
public interface RecordSelfEvaluationEntriesUseCase {

    SelfEvaluationDetails recordSelfEvaluationEntries(Actor actor, RecordSelfEvaluationEntriesCommand command);
}
