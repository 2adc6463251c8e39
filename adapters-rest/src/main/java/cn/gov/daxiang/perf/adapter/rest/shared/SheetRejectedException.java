package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.List;
import java.util.Map;

/**
 * An uploaded table with bad rows: nothing was written. Each problem names its row, its column and why; the error
 * mappers answer it as one violation per problem, whatever the table.
 */
public class SheetRejectedException extends RuleViolationException {

    /** What is wrong with one row ({@code column} is the table's header, or null for the row as a whole). */
    public record RowProblem(int row, String column, String code, Map<String, Object> arguments) {
    }

    private final transient List<RowProblem> problems;

    public SheetRejectedException(String code, List<RowProblem> problems) {
        super(code, Map.of("count", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
