package cn.gov.daxiang.perf.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Shares in percent, two decimals, rounded half up, as the bureau's reports print them. */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** {@code part / whole × 100}; empty when the whole is zero, because a share of nothing is undefined. */
    public static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP));
    }

    public static Optional<BigDecimal> share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public static Optional<BigDecimal> share(Money part, Money whole) {
        return share(part.amount(), whole.amount());
    }
}
