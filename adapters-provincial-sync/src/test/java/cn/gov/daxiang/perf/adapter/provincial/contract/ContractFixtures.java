package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Fixed objects whose messages the contract tests compare byte for byte with the payloads recorded under
 * src/test/resources/contract (written by the hand-built JSON the domain used before the contract moved here).
 * Text carries what a writer could get wrong: Chinese, quotes, backslashes, line breaks, tabs, a bell, U+2028.
 */
final class ContractFixtures {

    static final String MOF_DIV_CODE = "430503";
    static final Instant T = Instant.parse("2024-03-01T02:00:00Z");

    private ContractFixtures() {
    }

    /** A project goal through review to approval, indicators quantitative and qualitative. */
    static PerformanceGoal approvedGoal() {
        GoalContent content = new GoalContent("完成12个老旧小区改造，\"惠民\"工程\\二期", "三年内\n完成\t全部\u0007改造\u2028今年", "负责城区改造", List.of(
                Indicator.quantitative(IndicatorId.of("6f1c1e9a-4c53-4c1e-9d7e-1a2b3c4d5e01"), "OUTPUT", "QUANTITY", "改造小区数量",
                        Comparator.AT_LEAST, new BigDecimal("12"), "个"),
                Indicator.quantitative(IndicatorId.of("6f1c1e9a-4c53-4c1e-9d7e-1a2b3c4d5e02"), "OUTPUT", "COST", "单位成本",
                        Comparator.AT_MOST, new BigDecimal("1500.50"), "元/户"),
                Indicator.qualitative(IndicatorId.of("6f1c1e9a-4c53-4c1e-9d7e-1a2b3c4d5e03"), "BENEFIT", "SOCIAL", "居住环境",
                        "明显改善")));
        PerformanceGoal goal = PerformanceGoal.create(GoalId.of("0d6b2f5e-8a40-4a59-b1f7-3c2d1e0f9a11"), GoalKind.PROJECT,
                FiscalYear.of(2024), UnitCode.of("108002"), ProjectCode.of("43050324T000000000101"), null, content,
                IndicatorTaxonomy.standard(), "op", T);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", T);
        goal.passDepartmentReview(null, "dept", T);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "fin", T);
        goal.approve("fin", T);
        return goal;
    }

    static String recorded(String messageType) {
        try (InputStream in = ContractFixtures.class.getResourceAsStream("/contract/" + messageType + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no recorded payload for " + messageType);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
