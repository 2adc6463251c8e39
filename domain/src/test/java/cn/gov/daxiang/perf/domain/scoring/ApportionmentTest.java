package cn.gov.daxiang.perf.domain.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApportionmentTest {

    private static List<BigDecimal> d(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void anEqualSplitGivesTheLeftoverHundredthsToTheEarlierParts() {
        assertThat(Apportionment.byLargestRemainder(new BigDecimal("50"), d("1", "1", "1")))
                .containsExactlyElementsOf(d("16.67", "16.67", "16.66"));
    }

    @Test
    void aProportionalSplitGivesTheLeftoverToTheLargestRemainders() {
        // 100 × 10/90 = 11.111…, × 50/90 = 55.555…, × 30/90 = 33.333…: one hundredth left, to 55.555…
        assertThat(Apportionment.byLargestRemainder(new BigDecimal("100"), d("10", "50", "30")))
                .containsExactlyElementsOf(d("11.11", "55.56", "33.33"));
    }

    @Test
    void exactSplitsStayExactAndZeroSharesGetNothing() {
        assertThat(Apportionment.byLargestRemainder(new BigDecimal("30"), d("1", "2", "0")))
                .containsExactlyElementsOf(d("10.00", "20.00", "0.00"));
    }

    @Test
    void partsAlwaysAddUpToTheTotal() {
        List<BigDecimal> parts = Apportionment.byLargestRemainder(new BigDecimal("816482900.00"),
                java.util.Collections.nCopies(126, BigDecimal.ONE));

        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("816482900.00");
        assertThat(parts).allSatisfy(p -> assertThat(p).isBetween(new BigDecimal("6480023.01"), new BigDecimal("6480023.02")));
    }
}
