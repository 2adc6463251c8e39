package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightTemplateCatalogTest {

    private static WeightTemplate template(String execution, String output, String benefit, String satisfaction) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groups.put("OUTPUT", new BigDecimal(output));
        groups.put("BENEFIT", new BigDecimal(benefit));
        groups.put("SATISFACTION", new BigDecimal(satisfaction));
        return new WeightTemplate(new BigDecimal(execution), groups);
    }

    @Test
    void theDefaultIsTenFiftyThirtyTenForEveryKindAndYear() {
        WeightTemplateCatalog catalog = WeightTemplateCatalog.districtDefault();

        for (SelfEvaluationKind kind : SelfEvaluationKind.values()) {
            assertThat(catalog.templateFor(kind, FiscalYear.of(2023))).isEqualTo(WeightTemplate.standard());
        }
        assertThat(WeightTemplateCatalog.describe(WeightTemplate.standard()))
                .isEqualTo("executionRate 10.00; OUTPUT 50.00; BENEFIT 30.00; SATISFACTION 10.00");
    }

    @Test
    void aTemplateAppliesFromItsYearOnAndEarlierYearsKeepTheirs() {
        WeightTemplate sichuanStyle = template("10", "60", "30", "0");
        WeightTemplateCatalog catalog = new WeightTemplateCatalog(List.of(
                new WeightTemplateCatalog.Entry(SelfEvaluationKind.PROJECT, FiscalYear.of(2000), WeightTemplate.standard()),
                new WeightTemplateCatalog.Entry(SelfEvaluationKind.PROJECT, FiscalYear.of(2025), sichuanStyle)));

        assertThat(catalog.templateFor(SelfEvaluationKind.PROJECT, FiscalYear.of(2024))).isEqualTo(WeightTemplate.standard());
        assertThat(catalog.templateFor(SelfEvaluationKind.PROJECT, FiscalYear.of(2026))).isEqualTo(sichuanStyle);
        assertThatThrownBy(() -> catalog.templateFor(SelfEvaluationKind.DEPARTMENT_OVERALL, FiscalYear.of(2024)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_TEMPLATE_NOT_CONFIGURED"));
        assertThatThrownBy(() -> new WeightTemplateCatalog(List.of(
                new WeightTemplateCatalog.Entry(SelfEvaluationKind.PROJECT, FiscalYear.of(2025), sichuanStyle),
                new WeightTemplateCatalog.Entry(SelfEvaluationKind.PROJECT, FiscalYear.of(2025), WeightTemplate.standard()))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("WEIGHT_TEMPLATE_ENTRY_DUPLICATE"));
    }

    @Test
    void aGoalWithoutSatisfactionIndicatorsIsScoredWithTheOtherPartsScaledUpToAHundred() {
        List<EvaluatedIndicator> noSatisfaction = List.of(
                EvaluatedIndicator.quantitative(UUID.randomUUID(), "OUTPUT", "QUANTITY", "完成数", Comparator.AT_LEAST, BigDecimal.TEN, "个", null),
                EvaluatedIndicator.qualitative(UUID.randomUUID(), "BENEFIT", "SOCIAL", "社会效益", null));

        WeightTemplate fitted = WeightTemplate.standard().fittedTo(noSatisfaction);

        // 10 : 50 : 30 over 90 → 11.111…, 55.555…, 33.333… → 11.11, 55.56, 33.33 (largest remainder), Σ = 100
        assertThat(fitted.executionRateWeight()).isEqualByComparingTo("11.11");
        assertThat(fitted.groupWeights()).containsOnlyKeys("OUTPUT", "BENEFIT");
        assertThat(fitted.groupWeight("OUTPUT")).isEqualByComparingTo("55.56");
        assertThat(fitted.groupWeight("BENEFIT")).isEqualByComparingTo("33.33");
        assertThat(WeightTemplate.standard().fittedTo(List.of(noSatisfaction.get(0), noSatisfaction.get(1),
                EvaluatedIndicator.quantitative(UUID.randomUUID(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "满意度",
                        Comparator.AT_LEAST, new BigDecimal("90"), "%", null))))
                .as("a goal with every group keeps the template").isEqualTo(WeightTemplate.standard());
    }

    @Test
    void aReplacementCatalogMustWeightEveryKindFromTheEarliestYearOn() {
        assertThat(WeightTemplateCatalog.districtDefault().requireComplete()).isEqualTo(WeightTemplateCatalog.districtDefault());
        WeightTemplateCatalog partial = new WeightTemplateCatalog(List.of(
                new WeightTemplateCatalog.Entry(SelfEvaluationKind.PROJECT, FiscalYear.of(2000), WeightTemplate.standard()),
                new WeightTemplateCatalog.Entry(SelfEvaluationKind.DEPARTMENT_OVERALL, FiscalYear.of(2020), WeightTemplate.standard())));
        assertThatThrownBy(partial::requireComplete)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("WEIGHT_TEMPLATE_CATALOG_INCOMPLETE");
                    assertThat(e.arguments()).containsEntry("kinds", List.of("DEPARTMENT_OVERALL"));
                });
        assertThatThrownBy(() -> new cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog(List.of(
                new cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog.Entry(cn.gov.daxiang.perf.domain.grade.EvaluationType.SELF_EVALUATION,
                        FiscalYear.of(2000), cn.gov.daxiang.perf.domain.grade.GradeScheme.national()))).requireComplete())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("GRADE_SCHEME_CATALOG_INCOMPLETE");
                    assertThat(e.arguments()).containsEntry("evaluationTypes", List.of("DEPARTMENT_EVALUATION", "KEY_EVALUATION"));
                });
        assertThat(cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog.districtDefault().requireComplete()).isNotNull();
    }
}
