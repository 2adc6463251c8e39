package cn.gov.daxiang.perf.adapter.rest.annualreport;

import cn.gov.daxiang.perf.domain.annualreport.AllocationDecisionSection;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReport;
import cn.gov.daxiang.perf.domain.annualreport.AverageScoreSection;
import cn.gov.daxiang.perf.domain.annualreport.GoalCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.GradeDistributionSection;
import cn.gov.daxiang.perf.domain.annualreport.KeyEvaluationSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportAmount;
import cn.gov.daxiang.perf.domain.annualreport.RectificationStatusSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportLanguage;
import cn.gov.daxiang.perf.domain.annualreport.SelfEvaluationCoverageSection;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The annual report as JSON: every money figure as {@link Amount} (exact 元, and the 万元 the report prints at its
 * decimals); the summary paragraphs in Chinese and English. A section the report lacks is null.
 */
public record AnnualReportResponse(int workYear, Periods periods, GoalCoverage goalCoverage,
                                   SelfEvaluationCoverage selfEvaluationCoverage, KeyEvaluations keyEvaluations,
                                   GradeDistribution gradeDistribution, AverageScores averageScores,
                                   AllocationDecisions allocationDecisions, Rectifications rectifications, Paragraphs paragraphs) {

    public record Periods(int goalYear, int selfEvaluationYear, int keyEvaluationYear, int allocationBudgetYear) {
    }

    public record Amount(BigDecimal yuan, BigDecimal wanYuan, int wanYuanDecimals) {
        static Amount of(ReportAmount amount) {
            return new Amount(amount.exact().amount(), amount.wanYuan(), amount.decimals());
        }
    }

    public record GoalCoverage(int goalYear, List<Category> categories, List<Department> byDepartment) {
    }

    public record Category(String category, String label, int total, int covered, BigDecimal shareByCount, Amount totalAmount,
                           Amount coveredAmount, BigDecimal shareByAmount) {
    }

    public record Department(String departmentCode, String name, int total, int covered, BigDecimal shareByCount) {
    }

    public record SelfEvaluationCoverage(int fiscalYear, int unitsInScope, int unitsEvaluated, int unitsCompleted,
                                         BigDecimal shareByCount, List<String> unitsNotEvaluated, Amount money,
                                         int projectEvaluations, Amount projectMoney) {
    }

    public record KeyEvaluations(int planYear, int count, Amount total, List<Kind> bySubjectKind) {
    }

    public record Kind(String subjectKind, String label, int count, Amount money) {
    }

    public record GradeDistribution(int keyEvaluationYear, List<GradeCount> keyEvaluations, int selfEvaluationYear,
                                    List<GradeCount> selfEvaluations) {
    }

    public record GradeCount(String grade, String label, int count) {
    }

    public record AverageScores(int planYear, List<Average> categories) {
    }

    public record Average(String category, String label, int count, BigDecimal averageScore) {
    }

    /** Confirmed decisions of the budget year by treatment; proposals awaiting confirmation counted apart. */
    public record AllocationDecisions(int budgetYear, int confirmed, int projects, int departments, List<TreatmentLine> byTreatment,
                                      Amount base, Amount adjusted, int awaitingConfirmation, int overridden) {
    }

    public record TreatmentLine(String treatment, String label, int count, Amount base, Amount adjusted) {
    }

    /** Items by stored state; overdue computed on {@code asOf}, the day the report was read. */
    public record Rectifications(int evaluationYear, String asOf, long items, List<StateCount> byState, long open, long overdue,
                                 long reportedLate) {
    }

    public record StateCount(String state, String label, long count) {
    }

    public record Paragraphs(List<String> zh, List<String> en) {
    }

    public static AnnualReportResponse of(AnnualReport report) {
        return new AnnualReportResponse(report.workYear().value(),
                new Periods(report.workYear().goalYear().value(), report.workYear().selfEvaluationYear().value(),
                        report.workYear().keyEvaluationYear().value(), report.workYear().allocationBudgetYear().value()),
                report.section(GoalCoverageSection.class).map(AnnualReportResponse::goalCoverage).orElse(null),
                report.section(SelfEvaluationCoverageSection.class).map(AnnualReportResponse::selfEvaluations).orElse(null),
                report.section(KeyEvaluationSection.class).map(AnnualReportResponse::keyEvaluations).orElse(null),
                report.section(GradeDistributionSection.class).map(AnnualReportResponse::grades).orElse(null),
                report.section(AverageScoreSection.class).map(AnnualReportResponse::averages).orElse(null),
                report.section(AllocationDecisionSection.class).map(AnnualReportResponse::allocation).orElse(null),
                report.section(RectificationStatusSection.class).map(AnnualReportResponse::rectifications).orElse(null),
                new Paragraphs(report.paragraphs(ReportLanguage.CHINESE), report.paragraphs(ReportLanguage.ENGLISH)));
    }

    private static GoalCoverage goalCoverage(GoalCoverageSection s) {
        return new GoalCoverage(s.goalYear().value(), s.district().categories().stream().map(f -> category(s, f)).toList(),
                s.byDepartment().stream().map(d -> new Department(d.department().value(), d.name(), d.total(), d.covered(),
                        d.shareByCount().orElse(null))).toList());
    }

    private static Category category(GoalCoverageSection s, CoverageFigures f) {
        return new Category(f.category().name(), f.category().label(), f.total(), f.covered(), f.shareByCount().orElse(null),
                Amount.of(s.amount(f)), Amount.of(s.coveredAmount(f)), f.shareByAmount().orElse(null));
    }

    private static SelfEvaluationCoverage selfEvaluations(SelfEvaluationCoverageSection s) {
        return new SelfEvaluationCoverage(s.fiscalYear().value(), s.unitsInScope(), s.unitsEvaluated(), s.unitsCompleted(),
                s.shareByCount().orElse(null), s.unitsNotEvaluated().stream().map(UnitCode::value).toList(), Amount.of(s.money()),
                s.projectEvaluations(), Amount.of(s.projectMoney()));
    }

    private static KeyEvaluations keyEvaluations(KeyEvaluationSection s) {
        return new KeyEvaluations(s.planYear().value(), s.count(), Amount.of(s.total()), s.byKind().stream()
                .map(k -> new Kind(k.kind().name(), k.kind().label(), k.count(), Amount.of(k.money()))).toList());
    }

    private static GradeDistribution grades(GradeDistributionSection s) {
        return new GradeDistribution(s.keyEvaluationYear().value(), counts(s.keyEvaluations()), s.selfEvaluationYear().value(),
                counts(s.selfEvaluations()));
    }

    private static List<GradeCount> counts(Map<Grade, Integer> counts) {
        return counts.entrySet().stream().map(e -> new GradeCount(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
    }

    private static AverageScores averages(AverageScoreSection s) {
        return new AverageScores(s.planYear().value(), s.categories().stream()
                .map(c -> new Average(c.category().name(), c.category().label(), c.count(), c.average().value())).toList());
    }

    private static AllocationDecisions allocation(AllocationDecisionSection s) {
        return new AllocationDecisions(s.budgetYear().value(), s.confirmed(), s.projects(), s.departments(), s.byTreatment().stream()
                .map(l -> new TreatmentLine(l.treatment().name(), l.treatment().label(), l.count(), Amount.of(l.base()), Amount.of(l.adjusted())))
                .toList(), Amount.of(s.base()), Amount.of(s.adjusted()), s.awaitingConfirmation(), s.overridden());
    }

    private static Rectifications rectifications(RectificationStatusSection s) {
        return new Rectifications(s.evaluationYear().value(), s.asOf().toString(), s.items(), java.util.Arrays.stream(RectificationState.values())
                .map(st -> new StateCount(st.name(), st.label(), s.inState(st))).toList(), s.open(), s.overdue(), s.reportedLate());
    }
}
