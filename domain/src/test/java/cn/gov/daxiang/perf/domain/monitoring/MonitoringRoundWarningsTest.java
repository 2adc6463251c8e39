package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.T0;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.UNIT_OPERATOR;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atLeast;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.atMost;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.equalTo;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.execution;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.qualitative;
import static cn.gov.daxiang.perf.domain.monitoring.MonitoringFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2024年1–9月 round (time progress 9/12 = 75.00 %) over seven units. Every expected level and
 * reason was worked out by hand from the figures in the table below, not by running the code.
 */
class MonitoringRoundWarningsTest {

    record Expected(WarningLevel level, List<String> reasons, String executionRate) {
    }

    record Fixture(String unit, BudgetExecution execution, EvaluatedIndicator indicator,
                   Function<EvaluatedIndicator, IndicatorProgress> line, Expected expected) {
    }

    // each reason as code:level
    private static final String LAG_YELLOW = "WARNING_EXECUTION_LAGGING:YELLOW";
    private static final String LAG_RED = "WARNING_EXECUTION_LAGGING:RED";
    private static final String OFF = "WARNING_INDICATOR_OFF_TARGET:YELLOW";
    private static final String TIER = "WARNING_INDICATOR_TIER_OFF_TARGET:YELLOW";
    private static final String IMPOSSIBLE = "WARNING_INDICATOR_IMPOSSIBLE:RED";

    private static IndicatorProgress onTrack(EvaluatedIndicator i, String actual, String projected) {
        return IndicatorProgress.quantitative(i.id(), new BigDecimal(actual), new BigDecimal(projected), Likelihood.CERTAIN);
    }

    private static List<Fixture> fixtures() {
        List<Fixture> fixtures = new ArrayList<>();
        // 105001 教育局: 1,600,000 / 2,000,000 = 80.00 %, ahead of 75.00; ≥ 12 所 projected 12 → GREEN
        fixtures.add(new Fixture("105001", execution("2000000.00", "1600000.00"), atLeast("改造校舍数", "12", "所"),
                i -> onTrack(i, "9", "12"), new Expected(WarningLevel.GREEN, List.of(), "80.00")));
        // 106001 卫健局: 620,000 / 1,000,000 = 62.00 %, lag 13.00 > 10 → YELLOW; indicator on track
        fixtures.add(new Fixture("106001", execution("1000000.00", "620000.00"), atLeast("接种人次", "5000", "人次"),
                i -> onTrack(i, "4000", "5200"), new Expected(WarningLevel.YELLOW, List.of(LAG_YELLOW), "62.00")));
        // 107001 住建局: 1,500,000 / 3,000,000 = 50.00 %, lag 25.00 > 20 → RED; indicator on track
        fixtures.add(new Fixture("107001", execution("3000000.00", "1500000.00"), atLeast("改造小区数", "12", "个"),
                i -> onTrack(i, "10", "12"), new Expected(WarningLevel.RED, List.of(LAG_RED), "50.00")));
        // 108001 交通局: 325,000 / 500,000 = 65.00 %, lag exactly 10.00, not > 10 → no budget reason;
        //                ≤ 350 元/平方米 projected 380 → misses → YELLOW
        fixtures.add(new Fixture("108001", execution("500000.00", "325000.00"), atMost("单位造价", "350", "元/平方米"),
                i -> IndicatorProgress.quantitative(i.id(), new BigDecimal("370"), new BigDecimal("380"), Likelihood.POSSIBLE)
                        .explained("建材价格上涨", "优化设计方案，压减非必要支出"),
                new Expected(WarningLevel.YELLOW, List.of(OFF), "65.00")));
        // 109001 水利局: 440,000 / 800,000 = 55.00 %, lag exactly 20.00, not > 20 → YELLOW;
        //                ≥ 1 座 projected 0, 完全不可能 → RED; worst is RED
        fixtures.add(new Fixture("109001", execution("800000.00", "440000.00"), atLeast("新建泵站数", "1", "座"),
                i -> IndicatorProgress.quantitative(i.id(), BigDecimal.ZERO, BigDecimal.ZERO, Likelihood.IMPOSSIBLE)
                        .explained("用地审批未通过", "申请调整绩效目标"),
                new Expected(WarningLevel.RED, List.of(LAG_YELLOW, IMPOSSIBLE), "55.00")));
        // 110001 民政局 (部门整体): adjusted budget 0, nothing executed → no rate, no lag;
        //                qualitative projected PARTLY → YELLOW
        fixtures.add(new Fixture("110001", execution("0.00", "0.00"), qualitative("社会救助覆盖面"),
                i -> IndicatorProgress.qualitative(i.id(), QualitativeTier.PARTLY, Likelihood.POSSIBLE)
                        .explained("部分乡镇数据未归集", "加快数据归集"),
                new Expected(WarningLevel.YELLOW, List.of(TIER), null)));
        // 111001 人社局: 802,469.13 / 1,234,567.89 = 0.650000001… → 65.00 %, lag 10.00 → no budget reason;
        //                = 100 % projected 100.00 → met → GREEN
        fixtures.add(new Fixture("111001", execution("1234567.89", "802469.13"), equalTo("按时足额发放率", "100", "%"),
                i -> onTrack(i, "100", "100.00"), new Expected(WarningLevel.GREEN, List.of(), "65.00")));
        return fixtures;
    }

    @Test
    void aMonitoringRoundOverSeveralUnitsProducesTheHandComputedWarnings() {
        Map<String, Warning> actual = new LinkedHashMap<>();
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (Fixture f : fixtures()) {
            MonitoringReport report = report(f.unit(), List.of(f.indicator()));
            report.recordExecution(f.execution());
            report.recordProgress(f.line().apply(f.indicator()));
            report.submit(UNIT_OPERATOR, T0, WarningPolicy.standard());

            assertThat(report.getTimeProgress().value()).as(f.unit()).isEqualByComparingTo("75.00");
            assertThat(report.getExecutionRate().map(r -> r.value().toPlainString()).orElse(null)).as(f.unit())
                    .isEqualTo(f.expected().executionRate());
            actual.put(f.unit(), report.getWarning().orElseThrow());
            expected.put(f.unit(), f.expected());
        }

        expected.forEach((unit, e) -> {
            assertThat(actual.get(unit).level()).as("level of " + unit).isEqualTo(e.level());
            assertThat(actual.get(unit).reasons()).extracting(r -> r.code() + ":" + r.level()).as("reasons of " + unit)
                    .containsExactlyElementsOf(e.reasons());
        });
        assertThat(actual.values().stream().map(Warning::level).toList()).containsExactly(
                WarningLevel.GREEN, WarningLevel.YELLOW, WarningLevel.RED, WarningLevel.YELLOW,
                WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.GREEN);
        // the lag figures of the two lagging reports, by hand: 75.00 − 62.00 = 13.00; 75.00 − 50.00 = 25.00
        assertThat(actual.get("106001").reasons().get(0).arguments()).containsEntry("lag", "13.00");
        assertThat(actual.get("107001").reasons().get(0).arguments()).containsEntry("lag", "25.00").containsEntry("threshold", "20");
    }
}
