package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.List;
import java.util.Map;

/**
 * An import with refused declarations (or with declarations its edge could not read): nothing was written. Each
 * problem names the declaration, by its index in the command, and the field the domain refused, if any; the edge
 * turns these into its own terms (the declaration table's rows and columns).
 */
public class GoalImportRejectedException extends RuleViolationException {

    /** What is wrong with one declaration ({@code field} is the domain's name of the refused value, or null for the goal as a whole). */
    public record Problem(int declaration, String field, String code, Map<String, Object> arguments) {
    }

    private final transient List<Problem> problems;

    public GoalImportRejectedException(List<Problem> problems) {
        super("GOAL_IMPORT_REJECTED", Map.of("count", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
