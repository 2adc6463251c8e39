package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.List;
import java.util.Map;

/** A score sheet with bad lines: nothing of it is recorded, and every bad line is named (422). */
public class ScoreSheetRejectedException extends RuleViolationException {

    private final transient List<ScoreSheetProblem> problems;

    public ScoreSheetRejectedException(List<ScoreSheetProblem> problems) {
        super("KEY_EVALUATION_SCORES_REJECTED", Map.of("count", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<ScoreSheetProblem> problems() {
        return problems;
    }
}
