package cn.gov.daxiang.perf.domain.keyevaluation;

import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with one line of a score sheet.
 *
 * @param index         the line's position in the sheet, from 0
 * @param indicatorCode the code the line names, as given (possibly null)
 */
public record ScoreSheetProblem(int index, String indicatorCode, String code, Map<String, Object> arguments) {

    public ScoreSheetProblem {
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
    }
}
