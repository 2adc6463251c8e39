package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.Percentage;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The budget execution rate's line of a score sheet: 分值, 执行率 and 得分. */
public record ExecutionScore(BudgetExecution execution, BigDecimal weight, Score score) {

    public ExecutionScore {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
    }

    /** The displayed 执行率; empty when the adjusted budget was zero. */
    public Optional<Percentage> rate() {
        return execution.rate();
    }
}
