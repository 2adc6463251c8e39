package cn.gov.daxiang.perf.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount with two decimals into parts proportional to given shares so that the parts keep
 * two decimals and add up to the amount exactly (largest-remainder method): each part first gets its
 * exact share cut down to the hundredth, then the hundredths left over go one each to the parts with
 * the largest cut-off remainders, earlier parts first on equal remainders.
 */
public final class Apportionment {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Apportionment() {
    }

    /**
     * @param total  the amount to split, two decimals at most, not negative
     * @param shares the proportions, none negative and at least one positive
     */
    public static List<BigDecimal> byLargestRemainder(BigDecimal total, List<BigDecimal> shares) {
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0 || shares.stream().anyMatch(s -> s.signum() < 0) || total.signum() < 0) {
            throw new IllegalArgumentException("cannot apportion " + total + " over " + shares);
        }
        List<BigDecimal> exact = shares.stream()
                .map(s -> total.multiply(s).divide(sum, MathContext.DECIMAL128)).toList();
        List<BigDecimal> parts = new ArrayList<>(exact.stream().map(e -> e.setScale(2, RoundingMode.DOWN)).toList());
        BigDecimal allotted = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int hundredthsLeft = total.subtract(allotted).movePointRight(2).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(parts.get(i))).reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < hundredthsLeft; k++) {
            int i = byRemainder.get(k);
            parts.set(i, parts.get(i).add(HUNDREDTH));
        }
        return List.copyOf(parts);
    }
}
