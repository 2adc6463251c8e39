package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.Suggestion;
import java.util.List;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** The findings (问题) and suggestions (建议), replacing those recorded before. */
public record RecordKeyEvaluationFindingsCommand(KeyEvaluationId id, long revision, List<Finding> findings, List<Suggestion> suggestions) {

    public RecordKeyEvaluationFindingsCommand {
        CommandFields.require("id", id);
        findings = findings == null ? List.of() : List.copyOf(findings);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
