package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import java.util.List;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** Finance returns the submitted report with its reasons. */
public record ReturnKeyEvaluationCommand(KeyEvaluationId id, long revision, List<String> reasons) {

    public ReturnKeyEvaluationCommand {
        CommandFields.require("id", id);
        reasons = reasons == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(reasons));
    }
}
