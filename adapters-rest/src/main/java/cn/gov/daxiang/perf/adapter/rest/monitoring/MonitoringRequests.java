package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.ExecutionRequest;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the monitoring endpoints. */
public final class MonitoringRequests {

    private MonitoringRequests() {
    }

    /**
     * A new round: 1–{@code cutOffMonth} of {@code fiscalYear}, due by {@code dueDate} (ISO date); warning
     * thresholds in percentage points (default 10 and 20; give both or neither).
     */
    public record OpenRoundRequest(Integer fiscalYear, Integer cutOffMonth, String dueDate, BigDecimal yellowLagAbove, BigDecimal redLagAbove) {
    }

    /** A round's new due date and/or thresholds (both thresholds together); absent parts stay as they are. */
    public record ChangeRoundRequest(String dueDate, BigDecimal yellowLagAbove, BigDecimal redLagAbove) {
    }

    /** Opens the report on an approved goal in a round. */
    public record OpenReportRequest(String roundId, String goalId) {
    }

    /**
     * One indicator's line: {@code actualToDate} and {@code projectedYearEnd} for a quantitative indicator or
     * {@code projectedTier} (ACHIEVED, PARTLY, NOT_ACHIEVED) for a qualitative one; {@code likelihood} (CERTAIN,
     * POSSIBLE, IMPOSSIBLE); {@code deviationReason} and {@code correctiveMeasure} where off track.
     */
    public record LineRequest(String indicatorId, BigDecimal actualToDate, BigDecimal projectedYearEnd, String projectedTier,
                              String likelihood, String deviationReason, String correctiveMeasure) {
    }

    /** The budget side (调整后预算数, 执行数) and any lines; each line replaces the indicator's line. */
    public record EntriesRequest(ExecutionRequest execution, List<LineRequest> lines) {
    }

    /** Finance's decision on a red report's funds: SUSPEND (暂缓拨款) or CONTINUE, with the reason. */
    public record FundsDecisionRequest(String decision, String reason) {
    }
}
