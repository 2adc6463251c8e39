package cn.gov.daxiang.perf.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 万元 (ten thousand 元) as reports print them, rounded HALF_UP to the decimals the report uses. */
public final class WanYuan {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private WanYuan() {
    }

    /** {@code money} in 万元 with {@code decimals} decimals (1 for the bureau's summary, 44,369.7万元; 2 in details). */
    public static BigDecimal of(Money money, int decimals) {
        return money.amount().divide(TEN_THOUSAND, decimals, RoundingMode.HALF_UP);
    }
}
