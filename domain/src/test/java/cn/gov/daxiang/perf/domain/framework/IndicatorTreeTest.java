package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static cn.gov.daxiang.perf.domain.framework.IndicatorNode.group;
import static cn.gov.daxiang.perf.domain.framework.IndicatorNode.leaf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorTreeTest {

    @Test
    void points_of_levels_1_and_2_are_the_sums_of_their_children() {
        IndicatorTree tree = IndicatorTree.of(group("A", "决策", null, group("A1", "立项", null, leaf("A11", "a", "40", null), leaf("A12", "b", "20.5", null))),
                group("B", "产出", null, group("B1", "数量", null, leaf("B11", "c", "39.5", null))));
        assertThat(tree.level1Points()).containsExactly(Map.entry("A", new BigDecimal("60.50")), Map.entry("B", new BigDecimal("39.50")));
        assertThat(tree.level1().get(0).children().get(0).points()).isEqualByComparingTo("60.5");
    }

    @Test
    void points_not_totalling_100_are_refused_with_the_total() {
        assertThatThrownBy(() -> IndicatorTree.of(group("A", "决策", null, group("A1", "立项", null, leaf("A11", "a", "99.99", null)))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INDICATOR_POINTS_NOT_100");
                    assertThat(e.arguments()).containsEntry("total", "99.99");
                });
    }

    @Test
    void a_tree_has_exactly_three_levels_and_unique_codes() {
        assertThatThrownBy(() -> IndicatorTree.of(group("A", "决策", null, leaf("A1", "a", "100", null))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TREE_TOO_SHALLOW"));
        assertThatThrownBy(() -> IndicatorTree.of(group("A", "决策", null, group("A1", "x", null, group("A11", "y", null, leaf("A111", "z", "100", null))))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TREE_TOO_DEEP"));
        assertThatThrownBy(() -> IndicatorTree.of(group("A", "决策", null, group("A1", "x", null, leaf("A1", "y", "100", null)))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("FRAMEWORK_INDICATOR_CODE_DUPLICATE"));
    }

    @Test
    void points_are_positive_with_at_most_two_decimals() {
        assertThatThrownBy(() -> leaf("A11", "a", "0", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_POINTS_OUT_OF_RANGE"));
        assertThatThrownBy(() -> leaf("A11", "a", "1.005", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_POINTS_TOO_PRECISE"));
    }

    @Test
    void adjusting_names_every_code_that_is_not_a_level3_indicator() {
        IndicatorTree tree = DefaultFrameworks.nationalProject().getIndicators();
        assertThatThrownBy(() -> tree.withPoints(Map.of("A", BigDecimal.ONE, "X9", BigDecimal.ONE, "A11", BigDecimal.ONE)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat((java.util.List<Object>) e.arguments().get("codes")).containsExactly("A", "X9"));
    }

    @Test
    void results_below_60_points_warn_and_60_does_not() {
        IndicatorTree tree = DefaultFrameworks.nationalProject().getIndicators();
        assertThat(tree.warnings(Set.of("C", "D"))).isEmpty();
        IndicatorTree lower = tree.withPoints(Map.of("D12", new BigDecimal("9.99"), "A11", new BigDecimal("2.01")));
        assertThat(lower.warnings(Set.of("C", "D"))).singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsEntry("points", "59.99"));
        assertThat(lower.warnings(Set.of())).isEmpty();
    }

    @Test
    void more_than_nine_level1_groups_are_refused_before_anything_is_stored() {
        IndicatorNode[] groups = new IndicatorNode[10];
        for (int i = 0; i < 10; i++) {
            groups[i] = group("G" + i, "组" + i, null, group("G" + i + "1", "二级", null, leaf("G" + i + "11", "三级", "10", null)));
        }
        assertThatThrownBy(() -> IndicatorTree.of(groups))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TREE_TOO_LARGE"));
    }
}
