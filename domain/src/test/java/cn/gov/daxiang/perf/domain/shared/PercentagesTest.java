package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PercentagesTest {

    @Test
    void aShareHasTwoDecimalsRoundedHalfUp() {
        assertThat(Percentages.share(2, 3)).contains(new BigDecimal("66.67"));
        assertThat(Percentages.share(1, 3)).contains(new BigDecimal("33.33"));
        assertThat(Percentages.share(1, 8)).contains(new BigDecimal("12.50"));
        assertThat(Percentages.share(new BigDecimal("1"), new BigDecimal("800"))).contains(new BigDecimal("0.13"));
        assertThat(Percentages.share(Money.of("81648.29"), Money.of("81648.29"))).contains(new BigDecimal("100.00"));
    }

    @Test
    void aShareOfNothingIsUndefined() {
        assertThat(Percentages.share(0, 0)).isEmpty();
        assertThat(Percentages.share(Money.ZERO, Money.ZERO)).isEmpty();
    }
}
