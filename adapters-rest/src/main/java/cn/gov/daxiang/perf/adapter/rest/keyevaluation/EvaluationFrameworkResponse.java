package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.framework.FrameworkObjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One framework version: what it evaluates, its level-1 points, warnings (产出 + 效益 below 60), and, read one at a time,
 * its indicator tree with default points and scoring guidance.
 *
 * @param indicators null in the list
 */
@Schema(name = "EvaluationFramework", requiredProperties = {"code", "version", "name", "objectKind", "level1Points", "resultGroups", "warnings",
        "publishedBy", "publishedAt"})
public record EvaluationFrameworkResponse(String code, int version, String name, Coded<FrameworkObjectKind> objectKind,
                                          Map<String, BigDecimal> level1Points, List<String> resultGroups, List<WarningResponse> warnings,
                                          String publishedBy, Instant publishedAt, List<IndicatorResponse> indicators) {
}
