package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Optional;

/**
 * What the quality checks need to know from outside the goal.
 *
 * @param projectFunds the total funds (资金总额) of the goal's project; null for a department goal or when unknown
 */
public record QualityCheckContext(Money projectFunds) {

    public static QualityCheckContext none() {
        return new QualityCheckContext(null);
    }

    public static QualityCheckContext withProjectFunds(Money total) {
        return new QualityCheckContext(total);
    }

    public Optional<Money> funds() {
        return Optional.ofNullable(projectFunds);
    }
}
