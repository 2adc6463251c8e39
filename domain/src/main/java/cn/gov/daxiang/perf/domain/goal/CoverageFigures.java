package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The coverage of one category: how many, and how much money, have an approved goal, and what is missing.
 *
 * @param missing in the order the subjects were given
 */
public record CoverageFigures(CoverageCategory category, int total, int covered, Money totalAmount, Money coveredAmount,
                              List<CoverageGap> missing) {

    public CoverageFigures {
        missing = List.copyOf(missing);
    }

    public int missingCount() {
        return total - covered;
    }

    public Money missingAmount() {
        return totalAmount.minus(coveredAmount);
    }

    /** Covered share by count in percent (2 decimals, half up); empty when there is nothing to cover. */
    public Optional<BigDecimal> shareByCount() {
        return Percentages.share(covered, total);
    }

    /** Covered share by amount in percent (2 decimals, half up); empty when the total amount is zero. */
    public Optional<BigDecimal> shareByAmount() {
        return Percentages.share(coveredAmount, totalAmount);
    }
}
