package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.IndicatorId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem the quality checks found in a goal's content. Like a refusal it carries a stable code and
 * named arguments, never a sentence; the code's message explains it in the reader's language.
 *
 * @param indicatorId the indicator concerned; null when the finding is about the goal as a whole
 */
public record QualityFinding(String code, Severity severity, IndicatorId indicatorId, Map<String, Object> arguments) {

    public QualityFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    static QualityFinding error(String code, IndicatorId indicatorId, Map<String, ?> arguments) {
        return new QualityFinding(code, Severity.ERROR, indicatorId, Map.copyOf(arguments));
    }

    static QualityFinding warning(String code, IndicatorId indicatorId, Map<String, ?> arguments) {
        return new QualityFinding(code, Severity.WARNING, indicatorId, Map.copyOf(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Optional<IndicatorId> indicator() {
        return Optional.ofNullable(indicatorId);
    }
}
