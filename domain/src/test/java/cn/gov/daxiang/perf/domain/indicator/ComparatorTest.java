package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparatorTest {

    @Test
    void comparatorsParseFromTheSymbolsFormsUseAndFromTheirCodes() {
        assertThat(Comparator.parse("≥")).isEqualTo(Comparator.AT_LEAST);
        assertThat(Comparator.parse(">=")).isEqualTo(Comparator.AT_LEAST);
        assertThat(Comparator.parse("≤")).isEqualTo(Comparator.AT_MOST);
        assertThat(Comparator.parse("＝")).isEqualTo(Comparator.EQUAL);
        assertThat(Comparator.parse("at_most")).isEqualTo(Comparator.AT_MOST);
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> Comparator.parse(">"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("COMPARATOR_UNKNOWN"));
    }
}
