package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.AllocationObjectKind;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Result application (结果应用) in the work year's budget: the confirmed allocation decisions of budget year W by
 * treatment, with the money they were based on and the money after their adjustments ("在编制2024年度预算安排时，根据
 * 2023年绩效评价结果…分别给予重点支持、优先保障、减少资金或整合项目、取消安排等处理"). Proposals finance has not
 * confirmed are counted apart; superseded decisions not at all (their successors count).
 */
public record AllocationDecisionSection(FiscalYear budgetYear, int confirmed, int projects, int departments,
                                        List<TreatmentLine> byTreatment, ReportAmount base, ReportAmount adjusted,
                                        int awaitingConfirmation, int overridden) implements AnnualReportSection {

    public static final String KEY = "allocationDecisions";

    /** One treatment's confirmed decisions: how many, their base money and the money after adjustment. */
    public record TreatmentLine(Treatment treatment, int count, ReportAmount base, ReportAmount adjusted) {
    }

    public AllocationDecisionSection {
        Objects.requireNonNull(budgetYear, "budgetYear");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(adjusted, "adjusted");
        byTreatment = List.copyOf(byTreatment);
    }

    /** Every treatment in the policy's order, those without decisions included (a table shows them as 0). */
    public static AllocationDecisionSection of(FiscalYear budgetYear, Collection<AllocationDecision> decisions, ReportPrecision precision) {
        List<AllocationDecision> ofYear = decisions.stream().filter(d -> d.getBudgetYear().equals(budgetYear)).toList();
        List<AllocationDecision> confirmed = ofYear.stream().filter(d -> d.getState() == AllocationDecisionState.CONFIRMED).toList();
        List<TreatmentLine> lines = new ArrayList<>();
        for (Treatment treatment : Treatment.values()) {
            List<AllocationDecision> of = confirmed.stream().filter(d -> d.getTreatment() == treatment).toList();
            lines.add(new TreatmentLine(treatment, of.size(), precision.amount(ReportFigure.ALLOCATION_MONEY, sum(of, false)),
                    precision.amount(ReportFigure.ALLOCATION_MONEY, sum(of, true))));
        }
        int projects = (int) confirmed.stream().filter(d -> d.getObject().kind() == AllocationObjectKind.PROJECT).count();
        return new AllocationDecisionSection(budgetYear, confirmed.size(), projects, confirmed.size() - projects, lines,
                precision.amount(ReportFigure.ALLOCATION_MONEY, sum(confirmed, false)),
                precision.amount(ReportFigure.ALLOCATION_MONEY, sum(confirmed, true)),
                (int) ofYear.stream().filter(d -> d.getState() == AllocationDecisionState.PROPOSED).count(),
                (int) confirmed.stream().filter(AllocationDecision::isOverridden).count());
    }

    private static Money sum(List<AllocationDecision> decisions, boolean adjusted) {
        Money total = Money.ZERO;
        for (AllocationDecision d : decisions) {
            total = total.plus(adjusted ? d.getAdjustedAmount() : d.getBase());
        }
        return total;
    }

    public TreatmentLine line(Treatment treatment) {
        return byTreatment.stream().filter(l -> l.treatment() == treatment).findFirst().orElseThrow();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "结果应用" : "Result application";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        if (confirmed == 0) {
            return List.of();
        }
        if (language == ReportLanguage.CHINESE) {
            return List.of("在编制" + budgetYear.value() + "年度预算安排时，根据绩效评价结果评分或评级，对" + projects + "个项目、"
                    + departments + "个部门整体支出分别给予"
                    + byTreatment.stream().filter(l -> l.count() > 0).map(l -> l.treatment().label() + l.count() + "个")
                    .collect(Collectors.joining("、"))
                    + "等处理，涉及资金" + base.text() + "万元，调整后安排" + adjusted.text() + "万元"
                    + (overridden > 0 ? "（其中" + overridden + "个经财政局调整并记录理由）" : "") + "。");
        }
        return List.of("For the " + budgetYear.value() + " budget, the evaluation results led to " + confirmed + " decisions ("
                + projects + " projects, " + departments + " departments' overall spending): "
                + byTreatment.stream().filter(l -> l.count() > 0).map(l -> l.count() + " " + english(l.treatment()))
                .collect(Collectors.joining(", "))
                + "; " + base.text() + " 万元 before and " + adjusted.text() + " 万元 after the adjustments"
                + (overridden > 0 ? " (" + overridden + " overridden by finance with a recorded reason)" : "") + ".");
    }

    static String english(Treatment treatment) {
        return switch (treatment) {
            case KEY_SUPPORT -> "key support";
            case PRIORITY -> "priority";
            case REDUCE_OR_MERGE -> "reduced or merged";
            case CANCEL -> "cancelled";
        };
    }
}
