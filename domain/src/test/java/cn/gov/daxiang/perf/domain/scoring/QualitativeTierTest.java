package cn.gov.daxiang.perf.domain.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QualitativeTierTest {

    @ParameterizedTest(name = "{0} % is {1}")
    @CsvSource({"100, ACHIEVED", "80, ACHIEVED", "79.99, PARTLY", "60, PARTLY", "59.99, NOT_ACHIEVED", "0, NOT_ACHIEVED"})
    void eachTierIncludesItsLowerEndAndOnlyTheTopTierIncludesAHundred(String percentage, QualitativeTier tier) {
        assertThat(QualitativeTier.of(new BigDecimal(percentage))).isEqualTo(tier);
    }
}
