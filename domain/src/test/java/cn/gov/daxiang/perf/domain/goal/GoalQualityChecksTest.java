package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.CONTEXT;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goodIndicators;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.id;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.quantitative;
import static org.assertj.core.api.Assertions.assertThat;

class GoalQualityChecksTest {

    private final GoalQualityChecks checks = GoalQualityChecks.standard();

    private List<QualityFinding> check(List<Indicator> indicators) {
        return checks.check(GoalKind.PROJECT, GoalFixtures.contentWith(indicators), CONTEXT);
    }

    private static List<Indicator> goodIndicatorsWhere(UnaryOperator<List<Indicator>> change) {
        return change.apply(new ArrayList<>(goodIndicators()));
    }

    private static List<Indicator> plus(Indicator extra) {
        List<Indicator> indicators = new ArrayList<>(goodIndicators());
        indicators.add(extra);
        return indicators;
    }

    private static List<String> codes(List<QualityFinding> findings) {
        return findings.stream().map(QualityFinding::code).toList();
    }

    private static QualityFinding only(List<QualityFinding> findings, String code) {
        List<QualityFinding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as("findings with code " + code + " in " + codes(findings)).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aGoodGoalHasNoFindings() {
        assertThat(checks.check(GoalKind.PROJECT, GoalFixtures.goodContent(), CONTEXT)).isEmpty();
    }

    @Test
    void aDeliberatelyPoorGoalHasSeveralFindings() {
        GoalContent poor = new GoalContent("改善小区居住环境，提升群众幸福感。", "改善小区居住环境, 提升群众幸福感",
                null, List.of(
                quantitative(id(1), "OUTPUT", "QUANTITY", "改造小区数", null, "12", null),
                quantitative(id(2), "OUTPUT", "QUANTITY", "预算执行率", Comparator.AT_LEAST, "90", "%"),
                quantitative(id(3), "OUTPUT", "COST", "改造总成本", Comparator.AT_MOST, "500", "万元"),
                Indicator.qualitative(id(4), "BENEFIT", "SOCIAL", "群众满意度", "明显提升"),
                Indicator.qualitative(id(5), "BENEFIT", "SOCIAL", "群众满意度", "进一步提升")));

        List<QualityFinding> findings = checks.check(GoalKind.PROJECT, poor, CONTEXT);

        assertThat(codes(findings)).containsExactlyInAnyOrder(
                GoalQualityChecks.SATISFACTION_MISSING,
                GoalQualityChecks.ANNUAL_COPIES_LONG_TERM,
                GoalQualityChecks.COMPARATOR_MISSING,
                GoalQualityChecks.UNIT_MISSING,
                GoalQualityChecks.EXECUTION_RATE_AS_OUTPUT,
                GoalQualityChecks.COST_EXCEEDS_FUNDS,
                GoalQualityChecks.SATISFACTION_AS_BENEFIT,
                GoalQualityChecks.VAGUE_TARGET,
                GoalQualityChecks.DUPLICATE_INDICATOR,
                GoalQualityChecks.SATISFACTION_AS_BENEFIT,
                GoalQualityChecks.VAGUE_TARGET);
        assertThat(findings.stream().filter(QualityFinding::isError)).hasSize(4);
    }

    @Test
    void aGoalWithoutOutputIndicatorsHasAnError() {
        List<QualityFinding> findings = check(goodIndicatorsWhere(l -> {
            l.removeIf(i -> i.level1().equals("OUTPUT"));
            return l;
        }));
        QualityFinding finding = only(findings, GoalQualityChecks.OUTPUT_MISSING);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.indicator()).isEmpty();
        assertThat(codes(findings)).containsExactly(GoalQualityChecks.OUTPUT_MISSING);
    }

    @Test
    void aGoalWithoutBenefitIndicatorsHasAnError() {
        List<QualityFinding> findings = check(goodIndicatorsWhere(l -> {
            l.removeIf(i -> i.level1().equals("BENEFIT"));
            return l;
        }));
        assertThat(only(findings, GoalQualityChecks.BENEFIT_MISSING).severity()).isEqualTo(Severity.ERROR);
        assertThat(codes(findings)).containsExactly(GoalQualityChecks.BENEFIT_MISSING);
    }

    @Test
    void aGoalWithoutSatisfactionIndicatorsOnlyHasAWarning() {
        List<QualityFinding> findings = check(goodIndicatorsWhere(l -> {
            l.removeIf(i -> i.level1().equals("SATISFACTION"));
            return l;
        }));
        assertThat(only(findings, GoalQualityChecks.SATISFACTION_MISSING).severity()).isEqualTo(Severity.WARNING);
        assertThat(codes(findings)).containsExactly(GoalQualityChecks.SATISFACTION_MISSING);
    }

    @Test
    void aGoalWithoutAnyIndicatorMissesOutputsBenefitsAndSatisfaction() {
        assertThat(codes(check(List.of()))).containsExactly(GoalQualityChecks.OUTPUT_MISSING,
                GoalQualityChecks.BENEFIT_MISSING, GoalQualityChecks.SATISFACTION_MISSING);
    }

    @Test
    void aQuantitativeIndicatorWithoutTargetComparatorOrUnitHasAnErrorForEachAndNamesTheIndicator() {
        Indicator incomplete = new Indicator(id(20), "OUTPUT", "QUANTITY", "加装电梯数", ValueType.QUANTITATIVE,
                null, null, null, null, null, null, null);

        List<QualityFinding> findings = check(plus(incomplete));

        assertThat(codes(findings)).containsExactlyInAnyOrder(GoalQualityChecks.TARGET_VALUE_MISSING,
                GoalQualityChecks.COMPARATOR_MISSING, GoalQualityChecks.UNIT_MISSING);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.indicatorId()).isEqualTo(id(20));
            assertThat(f.arguments()).containsEntry("name", "加装电梯数");
        });
    }

    @Test
    void aQualitativeIndicatorWithoutTargetHasAnError() {
        List<QualityFinding> findings = check(plus(Indicator.qualitative(id(20), "BENEFIT", "ECOLOGICAL", "小区绿化效果", " ")));
        assertThat(only(findings, GoalQualityChecks.TARGET_TEXT_MISSING).indicatorId()).isEqualTo(id(20));
    }

    @Test
    void weightsOnSomeIndicatorsOnlyAreAnError() {
        List<QualityFinding> findings = check(goodIndicatorsWhere(l -> {
            l.set(0, l.get(0).withWeight(new BigDecimal("20")));
            return l;
        }));
        QualityFinding finding = only(findings, GoalQualityChecks.WEIGHTS_INCOMPLETE);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.arguments()).containsEntry("weighted", 1L).containsEntry("unweighted", 6L);
    }

    @Test
    void weightsThatDoNotAddUpToExactly100AreAnError() {
        List<QualityFinding> findings = check(weighted("15", "15", "10", "10", "20", "10", "10.01"));
        QualityFinding finding = only(findings, GoalQualityChecks.WEIGHTS_NOT_100);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.arguments()).containsEntry("sum", "90.01");
    }

    @Test
    void weightsOnEveryIndicatorAddingUpTo100AreFine() {
        assertThat(check(weighted("15", "15", "10", "10", "20", "10", "20"))).isEmpty();
    }

    private static List<Indicator> weighted(String... weights) {
        List<Indicator> indicators = new ArrayList<>(goodIndicators());
        for (int i = 0; i < weights.length; i++) {
            indicators.set(i, indicators.get(i).withWeight(new BigDecimal(weights[i])));
        }
        return indicators;
    }

    @Test
    void aSatisfactionIndicatorStandingInForABenefitIsAWarning() {
        List<QualityFinding> findings = check(plus(
                quantitative(id(20), "BENEFIT", "SOCIAL", "群众满意度", Comparator.AT_LEAST, "90", "%")));
        QualityFinding finding = only(findings, GoalQualityChecks.SATISFACTION_AS_BENEFIT);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.indicatorId()).isEqualTo(id(20));
    }

    @Test
    void anAnnualGoalCopiedFromTheLongTermGoalIsAWarningEvenWithOtherBlanksAndPunctuation() {
        GoalContent copied = new GoalContent("完成老旧小区改造，改善居住环境。", " 完成老旧小区改造 , 改善居住环境",
                null, goodIndicators());
        List<QualityFinding> findings = checks.check(GoalKind.PROJECT, copied, CONTEXT);
        assertThat(only(findings, GoalQualityChecks.ANNUAL_COPIES_LONG_TERM).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void anAnnualGoalThatSaysMoreThanTheLongTermGoalIsFine() {
        GoalContent distinct = new GoalContent("2024年完成12个老旧小区改造。", "完成老旧小区改造。", null, goodIndicators());
        assertThat(checks.check(GoalKind.PROJECT, distinct, CONTEXT)).isEmpty();
    }

    @Test
    void duplicateIndicatorsAreAnErrorOnTheRepeatedOneNamingTheFirst() {
        List<QualityFinding> findings = check(plus(
                quantitative(id(20), "OUTPUT", "QUANTITY", " 改造老旧小区数。", Comparator.AT_LEAST, "10", "个")));
        QualityFinding finding = only(findings, GoalQualityChecks.DUPLICATE_INDICATOR);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.indicatorId()).isEqualTo(id(20));
        assertThat(finding.arguments()).containsEntry("firstIndicatorId", GoalFixtures.QUANTITY.toString());
    }

    @Test
    void aCostIndicatorInTenThousandYuanAboveTheProjectFundsIsAnError() {
        List<QualityFinding> findings = check(goodIndicatorsWhere(l -> {
            l.set(3, quantitative(GoalFixtures.COST, "OUTPUT", "COST", "改造工程总成本", Comparator.AT_MOST, "350.01", "万元"));
            return l;
        }));
        QualityFinding finding = only(findings, GoalQualityChecks.COST_EXCEEDS_FUNDS);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.indicatorId()).isEqualTo(GoalFixtures.COST);
        assertThat(finding.arguments()).containsEntry("targetYuan", "3500100").containsEntry("projectFunds", "3500000.00");
    }

    @Test
    void aCostIndicatorInYuanIsComparedAsItStands() {
        List<Indicator> exactlyTheFunds = goodIndicatorsWhere(l -> {
            l.set(3, quantitative(GoalFixtures.COST, "OUTPUT", "COST", "改造工程总成本", Comparator.AT_MOST, "3500000", "元"));
            return l;
        });
        List<Indicator> oneYuanMore = goodIndicatorsWhere(l -> {
            l.set(3, quantitative(GoalFixtures.COST, "OUTPUT", "COST", "改造工程总成本", Comparator.AT_MOST, "3500001", "元"));
            return l;
        });
        assertThat(check(exactlyTheFunds)).isEmpty();
        assertThat(codes(check(oneYuanMore))).containsExactly(GoalQualityChecks.COST_EXCEEDS_FUNDS);
    }

    @Test
    void costsPerUnitOfSomethingAndGoalsWithoutKnownFundsAreNotComparedWithTheFunds() {
        List<Indicator> unitCost = goodIndicatorsWhere(l -> {
            l.set(3, quantitative(GoalFixtures.COST, "OUTPUT", "COST", "单位改造成本", Comparator.AT_MOST, "5000000", "元/平方米"));
            return l;
        });
        assertThat(check(unitCost)).isEmpty();
        GoalContent tooExpensive = GoalFixtures.contentWith(goodIndicatorsWhere(l -> {
            l.set(3, quantitative(GoalFixtures.COST, "OUTPUT", "COST", "改造工程总成本", Comparator.AT_MOST, "9000", "万元"));
            return l;
        }));
        assertThat(checks.check(GoalKind.PROJECT, tooExpensive, QualityCheckContext.none())).isEmpty();
        assertThat(codes(checks.check(GoalKind.PROJECT, tooExpensive, QualityCheckContext.withProjectFunds(Money.of(1)))))
                .containsExactly(GoalQualityChecks.COST_EXCEEDS_FUNDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"较好", "良好", "有所提高", "明显提升", "进一步提升", "居住环境明显改善"})
    void aVagueQualitativeTargetIsAWarning(String target) {
        List<QualityFinding> findings = check(plus(Indicator.qualitative(id(20), "BENEFIT", "ECOLOGICAL", "小区绿化效果", target)));
        QualityFinding finding = only(findings, GoalQualityChecks.VAGUE_TARGET);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).containsEntry("target", target);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "绿化覆盖率明显提升，达到35%以上",
            "优：绿化明显提升；良：有所提高；中：基本不变；差：下降",
            "达到国家二级标准，较好",
            "符合设计要求"})
    void aQualitativeTargetWithSomethingMeasurableOrNoVagueWordIsNotVague(String target) {
        assertThat(check(plus(Indicator.qualitative(id(20), "BENEFIT", "ECOLOGICAL", "小区绿化效果", target)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"预算执行率", "项目资金执行率", "资金支付进度"})
    void aBudgetExecutionIndicatorUnderOutputIsAWarning(String name) {
        List<QualityFinding> findings = check(plus(
                quantitative(id(20), "OUTPUT", "TIMELINESS", name, Comparator.AT_LEAST, "90", "%")));
        QualityFinding finding = only(findings, GoalQualityChecks.EXECUTION_RATE_AS_OUTPUT);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.indicatorId()).isEqualTo(id(20));
    }

    @Test
    void aDepartmentGoalWithoutDutiesIsAnErrorButAProjectGoalNeedsNone() {
        GoalContent withoutDuties = GoalFixtures.goodContent();
        assertThat(codes(checks.check(GoalKind.DEPARTMENT_OVERALL, withoutDuties, QualityCheckContext.none())))
                .containsExactly(GoalQualityChecks.DEPARTMENT_DUTIES_MISSING);
        assertThat(checks.check(GoalKind.PROJECT, withoutDuties, CONTEXT)).isEmpty();

        GoalContent withDuties = new GoalContent(withoutDuties.annualOverallGoal(), null,
                "负责全区住房保障和城乡建设管理。", withoutDuties.indicators());
        assertThat(checks.check(GoalKind.DEPARTMENT_OVERALL, withDuties, QualityCheckContext.none())).isEmpty();
    }

    @Test
    void theVagueWordsAreConfigurable() {
        GoalQualityChecks strict = new GoalQualityChecks(List.of("符合要求"));
        GoalContent content = GoalFixtures.contentWith(plus(
                Indicator.qualitative(id(20), "BENEFIT", "ECOLOGICAL", "小区绿化效果", "符合要求")));
        assertThat(codes(strict.check(GoalKind.PROJECT, content, CONTEXT))).containsExactly(GoalQualityChecks.VAGUE_TARGET);
        assertThat(checks.check(GoalKind.PROJECT, content, CONTEXT)).isEmpty();
    }
}
