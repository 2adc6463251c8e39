package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import java.util.List;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** A score sheet: one line per level-3 indicator scored (all or nothing). */
public record ScoreKeyEvaluationCommand(KeyEvaluationId id, long revision, List<ScoreEntry> scores) {

    public ScoreKeyEvaluationCommand {
        CommandFields.require("id", id);
        scores = scores == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }
}
