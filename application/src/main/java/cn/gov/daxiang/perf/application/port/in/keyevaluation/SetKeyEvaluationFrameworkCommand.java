package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import java.math.BigDecimal;
import java.util.Map;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

/** Chooses a framework version for the evaluation (copied in), optionally with other points for some level-3 indicators (code → points) or with indicators of its own (a whole adjusted tree); not both. */
public record SetKeyEvaluationFrameworkCommand(KeyEvaluationId id, long revision, FrameworkReference framework, Map<String, BigDecimal> points, IndicatorTree indicators) {

    public SetKeyEvaluationFrameworkCommand {
        CommandFields.require("id", id);
        CommandFields.require("framework", framework);
        points = points == null ? Map.of() : Map.copyOf(points);
        if (!points.isEmpty() && indicators != null) {
            throw new InvalidValueException("points", "FRAMEWORK_POINTS_WITH_INDICATORS", Map.of());
        }
    }
}
