package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.framework.FrameworkWarning;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation's own copy of the indicators: which framework version it came from, the indicator tree as adjusted
 * for this evaluation, and the framework's result-oriented level-1 groups (for the 60-point warning).
 */
public record AssignedFramework(FrameworkReference source, String name, IndicatorTree indicators, Set<String> resultGroups) {

    public AssignedFramework {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(indicators, "indicators");
        resultGroups = Set.copyOf(resultGroups);
    }

    public List<FrameworkWarning> warnings() {
        return indicators.warnings(resultGroups);
    }
}
