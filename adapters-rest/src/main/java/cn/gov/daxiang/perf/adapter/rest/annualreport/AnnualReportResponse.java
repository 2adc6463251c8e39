package cn.gov.daxiang.perf.adapter.rest.annualreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationCategory;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.goal.CoverageCategory;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
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
 * decimals); every coded value as {@link Coded}; the summary paragraphs in Chinese and English. A section the report
 * lacks is null.
 */
@Schema(name = "AnnualReport", requiredProperties = {"workYear", "periods", "paragraphs"})
public record AnnualReportResponse(int workYear, Periods periods, GoalCoverage goalCoverage,
                                   SelfEvaluationCoverage selfEvaluationCoverage, KeyEvaluations keyEvaluations,
                                   GradeDistribution gradeDistribution, AverageScores averageScores,
                                   AllocationDecisions allocationDecisions, Rectifications rectifications, Paragraphs paragraphs) {

    @Schema(name = "AnnualReportPeriods", requiredProperties = {"goalYear", "selfEvaluationYear", "keyEvaluationYear", "allocationBudgetYear"})
    public record Periods(int goalYear, int selfEvaluationYear, int keyEvaluationYear, int allocationBudgetYear) {
    }

    /** One money figure, always in both units: the exact 元 (canonical) and the 万元 the bureau's form prints, at its decimals. */
    @Schema(name = "AnnualReportAmount", requiredProperties = {"yuan", "wanYuan", "wanYuanDecimals"},
            description = "A money figure: yuan exact (元, two decimals), wanYuan as the report prints it (万元, HALF_UP to wanYuanDecimals)")
    public record Amount(@Schema(example = "816482900.00") BigDecimal yuan, @Schema(example = "81648.29") BigDecimal wanYuan,
                         @Schema(example = "2") int wanYuanDecimals) {
        static Amount of(ReportAmount amount) {
            return new Amount(amount.exact().amount(), amount.wanYuan(), amount.decimals());
        }
    }

    @Schema(name = "AnnualReportGoalCoverage", requiredProperties = {"goalYear", "categories", "byDepartment"})
    public record GoalCoverage(int goalYear, List<Category> categories, List<Department> byDepartment) {
    }

    @Schema(name = "AnnualReportCoverageCategory", requiredProperties = {"category", "total", "covered", "totalAmount", "coveredAmount"})
    public record Category(Coded<CoverageCategory> category, int total, int covered, BigDecimal shareByCount, Amount totalAmount,
                           Amount coveredAmount, BigDecimal shareByAmount) {
    }

    @Schema(name = "AnnualReportDepartmentCoverage", requiredProperties = {"departmentCode", "name", "total", "covered"})
    public record Department(String departmentCode, String name, int total, int covered, BigDecimal shareByCount) {
    }

    @Schema(name = "AnnualReportSelfEvaluationCoverage", requiredProperties = {"fiscalYear", "unitsInScope", "unitsEvaluated", "unitsCompleted",
            "unitsNotEvaluated", "money", "projectEvaluations", "projectMoney"})
    public record SelfEvaluationCoverage(int fiscalYear, int unitsInScope, int unitsEvaluated, int unitsCompleted,
                                         BigDecimal shareByCount, List<String> unitsNotEvaluated, Amount money,
                                         int projectEvaluations, Amount projectMoney) {
    }

    @Schema(name = "AnnualReportKeyEvaluations", requiredProperties = {"planYear", "count", "total", "bySubjectKind"})
    public record KeyEvaluations(int planYear, int count, Amount total, List<Kind> bySubjectKind) {
    }

    @Schema(name = "AnnualReportSubjectKindLine", requiredProperties = {"subjectKind", "count", "money"})
    public record Kind(Coded<SubjectKind> subjectKind, int count, Amount money) {
    }

    @Schema(name = "AnnualReportGradeDistribution", requiredProperties = {"keyEvaluationYear", "keyEvaluations", "selfEvaluationYear", "selfEvaluations"})
    public record GradeDistribution(int keyEvaluationYear, List<GradeCount> keyEvaluations, int selfEvaluationYear,
                                    List<GradeCount> selfEvaluations) {
    }

    @Schema(name = "AnnualReportGradeCount", requiredProperties = {"grade", "count"})
    public record GradeCount(Coded<Grade> grade, int count) {
    }

    @Schema(name = "AnnualReportAverageScores", requiredProperties = {"planYear", "categories"})
    public record AverageScores(int planYear, List<Average> categories) {
    }

    @Schema(name = "AnnualReportAverageScore", requiredProperties = {"category", "count", "averageScore"})
    public record Average(Coded<EvaluationCategory> category, int count, BigDecimal averageScore) {
    }

    /** Confirmed decisions of the budget year by treatment; proposals awaiting confirmation counted apart. */
    @Schema(name = "AnnualReportAllocationDecisions", requiredProperties = {"budgetYear", "confirmed", "projects", "departments", "byTreatment",
            "base", "adjusted", "awaitingConfirmation", "overridden"})
    public record AllocationDecisions(int budgetYear, int confirmed, int projects, int departments, List<TreatmentLine> byTreatment,
                                      Amount base, Amount adjusted, int awaitingConfirmation, int overridden) {
    }

    @Schema(name = "AnnualReportTreatmentLine", requiredProperties = {"treatment", "count", "base", "adjusted"})
    public record TreatmentLine(Coded<Treatment> treatment, int count, Amount base, Amount adjusted) {
    }

    /** Items by stored state; overdue computed on {@code asOf}, the day the report was read. */
    @Schema(name = "AnnualReportRectifications", requiredProperties = {"evaluationYear", "asOf", "items", "byState", "open", "overdue", "reportedLate"})
    public record Rectifications(int evaluationYear, String asOf, long items, List<StateCount> byState, long open, long overdue,
                                 long reportedLate) {
    }

    @Schema(name = "AnnualReportRectificationStateCount", requiredProperties = {"state", "count"})
    public record StateCount(Coded<RectificationState> state, long count) {
    }

    @Schema(name = "AnnualReportParagraphs", requiredProperties = {"zh", "en"})
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
        return new Category(Coded.of(f.category()), f.total(), f.covered(), f.shareByCount().orElse(null),
                Amount.of(s.amount(f)), Amount.of(s.coveredAmount(f)), f.shareByAmount().orElse(null));
    }

    private static SelfEvaluationCoverage selfEvaluations(SelfEvaluationCoverageSection s) {
        return new SelfEvaluationCoverage(s.fiscalYear().value(), s.unitsInScope(), s.unitsEvaluated(), s.unitsCompleted(),
                s.shareByCount().orElse(null), s.unitsNotEvaluated().stream().map(UnitCode::value).toList(), Amount.of(s.money()),
                s.projectEvaluations(), Amount.of(s.projectMoney()));
    }

    private static KeyEvaluations keyEvaluations(KeyEvaluationSection s) {
        return new KeyEvaluations(s.planYear().value(), s.count(), Amount.of(s.total()), s.byKind().stream()
                .map(k -> new Kind(Coded.of(k.kind()), k.count(), Amount.of(k.money()))).toList());
    }

    private static GradeDistribution grades(GradeDistributionSection s) {
        return new GradeDistribution(s.keyEvaluationYear().value(), counts(s.keyEvaluations()), s.selfEvaluationYear().value(),
                counts(s.selfEvaluations()));
    }

    private static List<GradeCount> counts(Map<Grade, Integer> counts) {
        return counts.entrySet().stream().map(e -> new GradeCount(Coded.of(e.getKey()), e.getValue())).toList();
    }

    private static AverageScores averages(AverageScoreSection s) {
        return new AverageScores(s.planYear().value(), s.categories().stream()
                .map(c -> new Average(Coded.of(c.category()), c.count(), c.average().value())).toList());
    }

    private static AllocationDecisions allocation(AllocationDecisionSection s) {
        return new AllocationDecisions(s.budgetYear().value(), s.confirmed(), s.projects(), s.departments(), s.byTreatment().stream()
                .map(l -> new TreatmentLine(Coded.of(l.treatment()), l.count(), Amount.of(l.base()), Amount.of(l.adjusted())))
                .toList(), Amount.of(s.base()), Amount.of(s.adjusted()), s.awaitingConfirmation(), s.overridden());
    }

    private static Rectifications rectifications(RectificationStatusSection s) {
        return new Rectifications(s.evaluationYear().value(), s.asOf().toString(), s.items(), java.util.Arrays.stream(RectificationState.values())
                .map(st -> new StateCount(Coded.of(st), s.inState(st))).toList(), s.open(), s.overdue(), s.reportedLate());
    }
}
