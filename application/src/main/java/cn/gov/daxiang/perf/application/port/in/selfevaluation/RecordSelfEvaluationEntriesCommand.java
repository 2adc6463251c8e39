package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;

/**
 * The unit's entries in its draft self-evaluation.
 *
 * @param revision the revision the unit read
 */
public record RecordSelfEvaluationEntriesCommand(SelfEvaluationId id, long revision, SelfEvaluationEntries entries) {

    public RecordSelfEvaluationEntriesCommand {
        CommandFields.require("id", id);
        CommandFields.require("body", entries);
    }
}
