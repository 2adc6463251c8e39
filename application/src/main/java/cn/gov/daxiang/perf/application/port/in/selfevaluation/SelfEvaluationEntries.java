package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the unit enters into its self-evaluation. Absent (null) parts stay as they are: the execution, the
 * account of the overall goal (blank clears it), (where the sync holds the province's figures, figures that differ
 * from them need {@code executionOverrideReason}), and per line the achievement and the deviation reason
 * (blank clears it).
 */
public record SelfEvaluationEntries(BudgetExecution execution, String overallAchievement, List<Line> lines,
                                    String executionOverrideReason) {

    public SelfEvaluationEntries {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public SelfEvaluationEntries(BudgetExecution execution, String overallAchievement, List<Line> lines) {
        this(execution, overallAchievement, lines, null);
    }

    /** One indicator's entries: 完成值 or tier (null: unchanged) and 偏差原因 (null: unchanged, blank: cleared). */
    public record Line(UUID indicatorId, Achievement achievement, String deviationReason) {
        public Line {
            Objects.requireNonNull(indicatorId, "indicatorId");
        }
    }
}
