package cn.gov.daxiang.perf.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sums differences between two scores of the same object (an agency's and a unit's own, say) and gives their mean and
 * mean absolute value, two decimals HALF_UP; null means when nothing was compared. Shared by the agency quality
 * ledger and the self-assessment gaps.
 */
public final class ScoreGapTally {

    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal absoluteSum = BigDecimal.ZERO;
    private int count;

    /** Adds {@code first − second} and gives it. */
    public BigDecimal add(Score first, Score second) {
        BigDecimal gap = first.value().subtract(second.value());
        sum = sum.add(gap);
        absoluteSum = absoluteSum.add(gap.abs());
        count++;
        return gap;
    }

    public int count() {
        return count;
    }

    public BigDecimal mean() {
        return mean(sum);
    }

    public BigDecimal meanAbsolute() {
        return mean(absoluteSum);
    }

    private BigDecimal mean(BigDecimal total) {
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
