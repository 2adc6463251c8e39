package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.List;
import java.util.Map;

/** A goal that cannot be submitted because the quality checks found errors in it. */
public class GoalHasQualityErrorsException extends RuleViolationException {

    private final transient List<QualityFinding> errors;

    public GoalHasQualityErrorsException(List<QualityFinding> errors) {
        super("GOAL_HAS_QUALITY_ERRORS", Map.of(
                "errorCount", errors.size(),
                "errorCodes", errors.stream().map(QualityFinding::code).distinct().toList()));
        this.errors = List.copyOf(errors);
    }

    /** The blocking findings, for a client to list next to the rows they concern. */
    public List<QualityFinding> errors() {
        return errors;
    }
}
