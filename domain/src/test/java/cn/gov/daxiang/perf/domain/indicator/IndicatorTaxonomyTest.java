package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorTaxonomyTest {

    private final IndicatorTaxonomy standard = IndicatorTaxonomy.standard();

    @Test
    void theStandardTaxonomyHasOutputBenefitAndSatisfactionWithTheirCategories() {
        assertThat(standard.groups()).extracting(IndicatorGroup::code, IndicatorGroup::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OUTPUT", "产出"),
                org.assertj.core.groups.Tuple.tuple("BENEFIT", "效益"),
                org.assertj.core.groups.Tuple.tuple("SATISFACTION", "满意度"));
        assertThat(standard.requireGroup("OUTPUT").categoryCodes()).containsExactly("QUANTITY", "QUALITY", "TIMELINESS", "COST");
        assertThat(standard.requireGroup("BENEFIT").categories()).extracting(IndicatorCategory::label)
                .containsExactly("经济效益", "社会效益", "生态效益", "可持续影响");
        assertThat(standard.requireGroup("SATISFACTION").categories()).singleElement()
                .isEqualTo(new IndicatorCategory("BENEFICIARY_SATISFACTION", "服务对象满意度"));
    }

    @Test
    void aLevel2CodeAloneIdentifiesItsGroup() {
        assertThat(standard.groupOf("COST")).hasValueSatisfying(g -> assertThat(g.code()).isEqualTo("OUTPUT"));
        assertThat(standard.groupOf("SUSTAINABLE")).hasValueSatisfying(g -> assertThat(g.code()).isEqualTo("BENEFIT"));
        assertThat(standard.category("TIMELINESS")).hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("时效"));
        assertThat(standard.groupOf("DECISION")).isEmpty();
    }

    @Test
    void aKnownPairIsAcceptedAndAnUnknownGroupOrAMismatchedPairIsRefused() {
        assertThat(standard.requireCategory("BENEFIT", "SOCIAL").label()).isEqualTo("社会效益");
        assertThatThrownBy(() -> standard.requireCategory("DECISION", "QUANTITY"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INDICATOR_GROUP_UNKNOWN");
                    assertThat(e.field()).contains("level1");
                    assertThat(e.arguments()).containsEntry("allowed", List.of("OUTPUT", "BENEFIT", "SATISFACTION"));
                });
        assertThatThrownBy(() -> standard.requireCategory("OUTPUT", "SOCIAL"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INDICATOR_CATEGORY_UNKNOWN");
                    assertThat(e.field()).contains("level2");
                    assertThat(e.arguments()).containsEntry("allowed", List.of("QUANTITY", "QUALITY", "TIMELINESS", "COST"));
                });
    }

    @Test
    void anotherTaxonomyCanBeWrittenAsAnOutlineForExampleCostAsItsOwnGroup() {
        IndicatorTaxonomy withCostGroup = IndicatorTaxonomy.parse("""
                # 101号 style: 成本 is a level-1 group
                OUTPUT 产出
                  QUANTITY 数量
                COST 成本
                  ECONOMIC_COST 经济成本
                  SOCIAL_COST 社会成本
                  ECO_ENV_COST 生态环境成本
                """);
        assertThat(withCostGroup.groups()).extracting(IndicatorGroup::code).containsExactly("OUTPUT", "COST");
        assertThat(withCostGroup.requireCategory("COST", "ECO_ENV_COST").label()).isEqualTo("生态环境成本");
    }

    @Test
    void aLevel2CodeMayAppearOnlyOnceInTheWholeTaxonomy() {
        assertThatThrownBy(() -> IndicatorTaxonomy.parse("""
                OUTPUT 产出
                  COST 成本
                BENEFIT 效益
                  COST 成本效益
                """)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("INDICATOR_CODE_DUPLICATE");
            assertThat(e.arguments()).containsEntry("code", "COST");
        });
    }

    @Test
    void malformedOutlinesAndCodesAreRefused() {
        assertThatThrownBy(() -> IndicatorTaxonomy.parse("  QUANTITY 数量"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TAXONOMY_LINE_MALFORMED"));
        assertThatThrownBy(() -> IndicatorTaxonomy.parse("OUTPUT"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TAXONOMY_LINE_MALFORMED"));
        assertThatThrownBy(() -> IndicatorTaxonomy.parse("OUTPUT 产出"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_GROUP_WITHOUT_CATEGORIES"));
        assertThatThrownBy(() -> IndicatorTaxonomy.parse(""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_TAXONOMY_EMPTY"));
        assertThatThrownBy(() -> new IndicatorCategory("数量", "数量"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INDICATOR_CODE_MALFORMED"));
    }

    @Test
    void codesAreReadInCapitals() {
        assertThat(new IndicatorCategory(" quantity ", "数量").code()).isEqualTo("QUANTITY");
    }
}
