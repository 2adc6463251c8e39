package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationOutcome;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentages;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Self-evaluation coverage (绩效自评覆盖) of the fiscal year the units evaluated during the work year.
 * <ul>
 *   <li>In scope: the units with an approved 部门整体 goal of that year ("已设定部门整体绩效目标的…个区本级预算单位纳入自评范围").</li>
 *   <li>Evaluated: the units whose 部门整体 self-evaluation has a result (submitted, or reviewed further); completed: those
 *       finance has reviewed.</li>
 *   <li>Money (涉及财政资金): Σ of the evaluated 部门整体 self-evaluations' adjusted budget (全年预算数, the figure the
 *       execution rate is scored against), in 万元 at {@link ReportFigure#SELF_EVALUATION_MONEY}'s precision.</li>
 *   <li>Project self-evaluations with a result are counted beside them, with their adjusted budgets.</li>
 * </ul>
 */
public record SelfEvaluationCoverageSection(FiscalYear fiscalYear, int unitsInScope, int unitsEvaluated, int unitsCompleted,
                                            List<UnitCode> unitsNotEvaluated, ReportAmount money, int projectEvaluations,
                                            ReportAmount projectMoney) implements AnnualReportSection {

    public static final String KEY = "selfEvaluationCoverage";

    public SelfEvaluationCoverageSection {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        unitsNotEvaluated = List.copyOf(unitsNotEvaluated);
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(projectMoney, "projectMoney");
    }

    /**
     * @param unitsWithApprovedOverallGoal the units with an approved 部门整体 goal of {@code fiscalYear}
     * @param evaluations                  self-evaluations; those of other years and those without a result are left out
     */
    public static SelfEvaluationCoverageSection of(FiscalYear fiscalYear, Collection<UnitCode> unitsWithApprovedOverallGoal,
                                                   Collection<SelfEvaluation> evaluations, ReportPrecision precision) {
        return fromOutcomes(fiscalYear, unitsWithApprovedOverallGoal,
                evaluations.stream().flatMap(e -> SelfEvaluationOutcome.of(e).stream()).toList(), precision);
    }

    /**
     * @param unitsWithApprovedOverallGoal the units with an approved 部门整体 goal of {@code fiscalYear}
     * @param outcomes                     the self-evaluations with a result, in the order they were recorded; those of
     *                                     other years are left out
     */
    public static SelfEvaluationCoverageSection fromOutcomes(FiscalYear fiscalYear, Collection<UnitCode> unitsWithApprovedOverallGoal,
                                                             Collection<SelfEvaluationOutcome> outcomes, ReportPrecision precision) {
        Set<UnitCode> scope = new TreeSet<>(Comparator.comparing(UnitCode::value));
        scope.addAll(unitsWithApprovedOverallGoal);
        Set<UnitCode> evaluated = new TreeSet<>(Comparator.comparing(UnitCode::value));
        Set<UnitCode> completed = new TreeSet<>(Comparator.comparing(UnitCode::value));
        Money money = Money.ZERO;
        Money projectMoney = Money.ZERO;
        int projects = 0;
        for (SelfEvaluationOutcome evaluation : outcomes) {
            if (!evaluation.fiscalYear().equals(fiscalYear)) {
                continue;
            }
            Money budget = evaluation.adjustedBudget();
            if (evaluation.kind() == SelfEvaluationKind.DEPARTMENT_OVERALL) {
                scope.add(evaluation.unitCode());
                if (evaluated.add(evaluation.unitCode())) {
                    money = money.plus(budget);
                }
                if (evaluation.status() == ReviewState.FINANCE_REVIEWED) {
                    completed.add(evaluation.unitCode());
                }
            } else {
                projects++;
                projectMoney = projectMoney.plus(budget);
            }
        }
        List<UnitCode> missing = scope.stream().filter(u -> !evaluated.contains(u)).toList();
        return new SelfEvaluationCoverageSection(fiscalYear, scope.size(), evaluated.size(), completed.size(), missing,
                precision.amount(ReportFigure.SELF_EVALUATION_MONEY, money), projects,
                precision.amount(ReportFigure.SELF_EVALUATION_MONEY, projectMoney));
    }

    /** Evaluated share of the units in scope, in percent; empty when none is in scope. */
    public Optional<BigDecimal> shareByCount() {
        return Percentages.share(unitsEvaluated, unitsInScope);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "绩效自评覆盖" : "Self-evaluation coverage";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        if (unitsInScope == 0) {
            return List.of();
        }
        boolean complete = unitsEvaluated == unitsInScope;
        if (language == ReportLanguage.CHINESE) {
            return List.of("对" + unitsEvaluated + "个区本级预算单位" + fiscalYear + "年度部门整体支出开展绩效自评，涉及财政资金"
                    + money.text() + "万元" + (complete
                    ? "，实现预算单位整体支出绩效自评全覆盖。"
                    : "，已设定部门整体绩效目标的" + unitsInScope + "个预算单位中尚有" + (unitsInScope - unitsEvaluated) + "个未完成自评。"));
        }
        return List.of(unitsEvaluated + " district-level budget units evaluated their " + fiscalYear
                + " overall spending, covering " + money.text() + " 万元 of fiscal funds" + (complete
                ? "; every unit with an overall goal evaluated itself."
                : "; " + (unitsInScope - unitsEvaluated) + " of the " + unitsInScope + " units with an overall goal have not."));
    }
}
