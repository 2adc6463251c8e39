package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationObject;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.EvaluationResult;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The result-application and rectification sections of the annual report, computed from decisions and items. */
class AnnualReportResultSectionsTest {

    private static final ActorId FINANCE = ActorId.of("finance-reviewer");
    private static final Instant AT = Instant.parse("2024-01-10T02:00:00Z");
    private static final FiscalYear BUDGET_YEAR = FiscalYear.of(2024);

    private static int serial;

    private static AllocationDecision decision(FiscalYear budgetYear, Grade grade, String score, String base, boolean project) {
        serial++;
        UnitCode unit = UnitCode.of(String.format("105%03d", serial));
        AllocationObject object = project
                ? AllocationObject.project(unit, ProjectCode.of(String.format("43050323T0000000%05d", serial)), "项目" + serial)
                : AllocationObject.department(unit, "单位" + serial);
        EvaluationResult result = new EvaluationResult(EvaluationType.KEY_EVALUATION, "ke-" + serial, object,
                new GradedScore(Score.of(score), grade, GradeSchemeId.of("district-2024")), budgetYear.previous(), AT, Money.of(base));
        return AllocationDecision.propose(AllocationDecisionId.newId(), budgetYear, result, AllocationPolicy.standard(), FINANCE, AT);
    }

    private static AllocationDecision confirmed(Grade grade, String score, String base, boolean project) {
        AllocationDecision d = decision(BUDGET_YEAR, grade, score, base, project);
        d.confirm(FINANCE, AT);
        return d;
    }

    @Test
    void confirmedDecisionsCountByTreatmentWithTheirMoneyBeforeAndAfterTheAdjustmentProposalsApartOtherYearsNot() {
        List<AllocationDecision> decisions = new ArrayList<>();
        decisions.add(confirmed(Grade.EXCELLENT, "92.00", "3000000.00", true));
        decisions.add(confirmed(Grade.GOOD, "85.00", "2000000.00", false));
        decisions.add(confirmed(Grade.WEAK, "75.00", "1000000.00", true));      // −10 %: 900,000.00
        decisions.add(confirmed(Grade.POOR, "60.00", "500000.00", true));       // cancelled: 0
        decisions.add(decision(BUDGET_YEAR, Grade.GOOD, "88.00", "7000000.00", true));   // proposed only
        decisions.add(decision(FiscalYear.of(2025), Grade.GOOD, "88.00", "9000000.00", true)); // another budget year
        AllocationDecision overridden = decision(BUDGET_YEAR, Grade.GOOD, "81.00", "400000.00", true);
        overridden.override(Treatment.REDUCE_OR_MERGE, Adjustment.of("-25"), "整合至同类项目", FINANCE, AT);   // 300,000.00
        decisions.add(overridden);

        AllocationDecisionSection s = AllocationDecisionSection.of(BUDGET_YEAR, decisions, ReportPrecision.DISTRICT_DEFAULT);

        assertThat(s.confirmed()).isEqualTo(5);
        assertThat(s.projects()).isEqualTo(4);
        assertThat(s.departments()).isEqualTo(1);
        assertThat(s.awaitingConfirmation()).isEqualTo(1);
        assertThat(s.overridden()).isEqualTo(1);
        assertThat(s.line(Treatment.KEY_SUPPORT).count()).isEqualTo(1);
        assertThat(s.line(Treatment.PRIORITY).count()).isEqualTo(1);
        assertThat(s.line(Treatment.REDUCE_OR_MERGE).count()).isEqualTo(2);
        assertThat(s.line(Treatment.REDUCE_OR_MERGE).base().exact()).isEqualTo(Money.of("1400000.00"));
        assertThat(s.line(Treatment.REDUCE_OR_MERGE).adjusted().exact()).isEqualTo(Money.of("1200000.00"));
        assertThat(s.line(Treatment.CANCEL).adjusted().exact()).isEqualTo(Money.ZERO);
        assertThat(s.base().exact()).isEqualTo(Money.of("6900000.00"));
        assertThat(s.adjusted().exact()).isEqualTo(Money.of("6200000.00"));
        assertThat(s.base().text()).isEqualTo("690.00");
        assertThat(s.paragraphs(ReportLanguage.CHINESE)).containsExactly("在编制2024年度预算安排时，根据绩效评价结果评分或评级，对4个项目、"
                + "1个部门整体支出分别给予重点支持1个、优先保障1个、减少资金或整合项目2个、取消安排1个等处理，涉及资金690.00万元，调整后安排620.00万元"
                + "（其中1个经财政局调整并记录理由）。");
    }

    @Test
    void aYearWithoutConfirmedDecisionsSaysNothingAndListsEveryTreatmentAtZero() {
        AllocationDecisionSection s = AllocationDecisionSection.of(BUDGET_YEAR,
                List.of(decision(BUDGET_YEAR, Grade.GOOD, "85.00", "100.00", true)), ReportPrecision.DISTRICT_DEFAULT);
        assertThat(s.paragraphs(ReportLanguage.CHINESE)).isEmpty();
        assertThat(s.byTreatment()).extracting(AllocationDecisionSection.TreatmentLine::count).containsExactly(0, 0, 0, 0);
        assertThat(s.awaitingConfirmation()).isEqualTo(1);
    }

    @Test
    void rectificationStatusTakesTheSummaryOfTheDayOpenItemsIncludeOverdueOnes() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        RectificationSummary summary = new RectificationSummary(today, new RectificationSummary.Counts(11,
                Map.of(RectificationState.ISSUED, 6L, RectificationState.IN_PROGRESS, 2L, RectificationState.REPORTED, 1L,
                        RectificationState.VERIFIED, 2L), 5, 1), List.of());
        RectificationStatusSection s = RectificationStatusSection.of(FiscalYear.of(2024), summary);
        assertThat(s.open()).isEqualTo(8);
        assertThat(s.inState(RectificationState.RETURNED)).isZero();
        assertThat(s.paragraphs(ReportLanguage.CHINESE)).containsExactly(
                "2024年度绩效评价发现问题下达整改事项11项，其中已整改核实2项，已报告待核实1项，整改中8项（截至2025-03-01逾期未整改5项），逾期报告1项。");
        assertThat(RectificationStatusSection.of(FiscalYear.of(2024), new RectificationSummary(today,
                new RectificationSummary.Counts(0, Map.of(), 0, 0), List.of())).paragraphs(ReportLanguage.ENGLISH)).isEmpty();
    }
}
