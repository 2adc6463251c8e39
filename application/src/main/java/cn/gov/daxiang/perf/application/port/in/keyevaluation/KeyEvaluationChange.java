package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** A command on a key evaluation that needs nothing but the evaluation and the revision the caller read (start fieldwork, submit, accept). */
public record KeyEvaluationChange(KeyEvaluationId id, long revision) {

    public KeyEvaluationChange {
        CommandFields.require("id", id);
    }
}
