package cn.gov.daxiang.perf.domain.shared;

import java.math.BigDecimal;
import java.util.Optional;

/** Shares in percent, two decimals, rounded half up, as the bureau's reports print them. */
public final class Percentages {

    private Percentages() {
    }

    /**
     * {@code part / whole × 100} with {@link Percentage}'s single rounding point; empty when the whole is zero,
     * because a share of nothing is undefined.
     */
    public static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Percentage.ofRatio(part, whole).value());
    }

    public static Optional<BigDecimal> share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public static Optional<BigDecimal> share(Money part, Money whole) {
        return share(part.amount(), whole.amount());
    }
}
