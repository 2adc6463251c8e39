package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small district, counted by hand:
 * <pre>
 * project  kind      unit  funds          approved goal                     covered?
 * P1       plain     A     1,000,000.00   PROJECT 2024                      yes
 * P2       plain     A       500,000.00   none approved                     no
 * P3       plain     B       250,000.50   TRANSFER_PAYMENT 2024             yes (any goal naming a plain project)
 * P4       transfer  B     2,000,000.00   TRANSFER_PAYMENT 2024             yes
 * P5       transfer  C       800,000.00   PROJECT 2024                      no  (needs a TRANSFER_PAYMENT goal)
 * P6       plain     C       300,000.00   PROJECT 2023                      no  (other year)
 * unit A 4,500,000.00 DEPARTMENT_OVERALL 2024 yes; B 3,000,000.00 2023 only, no; C 1,000,000.00 2024 yes
 * </pre>
 * Plain projects 4, covered 2 (50.00 %), 2,050,000.50 of which 1,250,000.50 covered (60.98 %).
 * Transfer payments 2, covered 1 (50.00 %), 2,800,000.00 of which 2,000,000.00 covered (71.43 %).
 * Units 3, covered 2 (66.67 %), 8,500,000.00 of which 5,500,000.00 covered (64.71 %).
 */
class GoalCoverageTest {

    private static final FiscalYear Y2024 = FiscalYear.of(2024);
    private static final FiscalYear Y2023 = FiscalYear.of(2023);
    private static final UnitCode A = UnitCode.of("101001");
    private static final UnitCode B = UnitCode.of("102001");
    private static final UnitCode C = UnitCode.of("103001");

    private static ProjectCode p(int n) {
        return ProjectCode.of("4305032400000000000" + n);
    }

    private static CoverageProject plain(int n, UnitCode unit, String funds) {
        return new CoverageProject(p(n), unit, Set.of(), Money.of(funds));
    }

    private static CoverageProject transfer(int n, UnitCode unit, String funds) {
        return new CoverageProject(p(n), unit, Set.of(ProjectKind.TRANSFER_PAYMENT, ProjectKind.SPECIAL_BOND), Money.of(funds));
    }

    private final GoalCoverageReport report = new GoalCoverage().calculate(Y2024,
            List.of(plain(1, A, "1000000.00"), plain(2, A, "500000.00"), plain(3, B, "250000.50"),
                    transfer(4, B, "2000000.00"), transfer(5, C, "800000.00"), plain(6, C, "300000.00")),
            List.of(new CoverageUnit(A, Money.of("4500000.00")), new CoverageUnit(B, Money.of("3000000.00")),
                    new CoverageUnit(C, Money.of("1000000.00"))),
            List.of(new ApprovedGoalSubject(Y2024, GoalKind.PROJECT, A, p(1)),
                    new ApprovedGoalSubject(Y2024, GoalKind.TRANSFER_PAYMENT, B, p(3)),
                    new ApprovedGoalSubject(Y2024, GoalKind.TRANSFER_PAYMENT, B, p(4)),
                    new ApprovedGoalSubject(Y2024, GoalKind.PROJECT, C, p(5)),
                    new ApprovedGoalSubject(Y2023, GoalKind.PROJECT, C, p(6)),
                    new ApprovedGoalSubject(Y2024, GoalKind.DEPARTMENT_OVERALL, A, null),
                    new ApprovedGoalSubject(Y2023, GoalKind.DEPARTMENT_OVERALL, B, null),
                    new ApprovedGoalSubject(Y2024, GoalKind.DEPARTMENT_OVERALL, C, null)));

    @Test
    void plainProjectsAreCoveredByAnyApprovedGoalOfTheYearNamingThem() {
        CoverageFigures projects = report.projects();
        assertThat(projects.category()).isEqualTo(CoverageCategory.PROJECT);
        assertThat(projects.total()).isEqualTo(4);
        assertThat(projects.covered()).isEqualTo(2);
        assertThat(projects.missingCount()).isEqualTo(2);
        assertThat(projects.totalAmount()).isEqualTo(Money.of("2050000.50"));
        assertThat(projects.coveredAmount()).isEqualTo(Money.of("1250000.50"));
        assertThat(projects.missingAmount()).isEqualTo(Money.of("800000.00"));
        assertThat(projects.shareByCount()).contains(new BigDecimal("50.00"));
        assertThat(projects.shareByAmount()).contains(new BigDecimal("60.98"));
        assertThat(projects.missing()).containsExactly(
                new CoverageGap(CoverageCategory.PROJECT, A, p(2), Money.of("500000.00")),
                new CoverageGap(CoverageCategory.PROJECT, C, p(6), Money.of("300000.00")));
    }

    @Test
    void aTransferPaymentProjectIsCoveredOnlyByATransferPaymentGoal() {
        CoverageFigures transfers = report.transferPayments();
        assertThat(transfers.total()).isEqualTo(2);
        assertThat(transfers.covered()).isEqualTo(1);
        assertThat(transfers.totalAmount()).isEqualTo(Money.of("2800000.00"));
        assertThat(transfers.coveredAmount()).isEqualTo(Money.of("2000000.00"));
        assertThat(transfers.shareByCount()).contains(new BigDecimal("50.00"));
        assertThat(transfers.shareByAmount()).contains(new BigDecimal("71.43"));
        assertThat(transfers.missing()).extracting(CoverageGap::projectCode).containsExactly(p(5));
    }

    @Test
    void everyActiveUnitNeedsAnApprovedDepartmentOverallGoalOfTheYear() {
        CoverageFigures departments = report.departments();
        assertThat(departments.total()).isEqualTo(3);
        assertThat(departments.covered()).isEqualTo(2);
        assertThat(departments.totalAmount()).isEqualTo(Money.of("8500000.00"));
        assertThat(departments.coveredAmount()).isEqualTo(Money.of("5500000.00"));
        assertThat(departments.shareByCount()).contains(new BigDecimal("66.67"));
        assertThat(departments.shareByAmount()).contains(new BigDecimal("64.71"));
        assertThat(departments.missing()).singleElement().satisfies(gap -> {
            assertThat(gap.unitCode()).isEqualTo(B);
            assertThat(gap.project()).isEmpty();
            assertThat(gap.amount()).isEqualTo(Money.of("3000000.00"));
        });
    }

    @Test
    void theReportListsEverythingMissingProjectsFirst() {
        assertThat(report.missing()).extracting(CoverageGap::category).containsExactly(
                CoverageCategory.PROJECT, CoverageCategory.PROJECT, CoverageCategory.TRANSFER_PAYMENT,
                CoverageCategory.DEPARTMENT_OVERALL);
        assertThat(report.fiscalYear()).isEqualTo(Y2024);
    }

    @Test
    void aCategoryWithNothingToCoverHasNoShare() {
        GoalCoverageReport empty = new GoalCoverage().calculate(Y2024, List.of(), List.of(new CoverageUnit(A, Money.ZERO)), List.of());
        assertThat(empty.projects().total()).isZero();
        assertThat(empty.projects().shareByCount()).isEmpty();
        assertThat(empty.departments().shareByCount()).contains(new BigDecimal("0.00"));
        assertThat(empty.departments().shareByAmount()).as("no amount to share").isEmpty();
    }

    @Test
    void onlyGoalsWithAnApprovedVersionHaveASubject() {
        PerformanceGoal submitted = GoalFixtures.goalIn(GoalStatus.SUBMITTED);
        PerformanceGoal approved = GoalFixtures.goalIn(GoalStatus.APPROVED);

        assertThat(ApprovedGoalSubject.of(submitted)).isEmpty();
        assertThat(ApprovedGoalSubject.of(approved)).contains(new ApprovedGoalSubject(GoalFixtures.YEAR, GoalKind.PROJECT,
                GoalFixtures.HOUSING_BUREAU, GoalFixtures.OLD_AREAS));
        approved.openAdjustment("追加资金", GoalFixtures.UNIT_OPERATOR, GoalFixtures.at(100));
        assertThat(ApprovedGoalSubject.of(approved)).as("an adjustment under review keeps the goal approved").isPresent();
    }

    @Test
    void whichGoalKindCoversWhichProject() {
        assertThat(GoalCoverage.covers(GoalKind.PROJECT, false)).isTrue();
        assertThat(GoalCoverage.covers(GoalKind.PROJECT, true)).isFalse();
        assertThat(GoalCoverage.covers(GoalKind.TRANSFER_PAYMENT, true)).isTrue();
        assertThat(GoalCoverage.covers(GoalKind.TRANSFER_PAYMENT, false)).isTrue();
        assertThat(GoalCoverage.covers(GoalKind.DEPARTMENT_OVERALL, false)).isFalse();
    }

    @Test
    void theKindsAStoreLooksUpAreTheKindsThatCover() {
        assertThat(GoalCoverage.coveringKinds(true)).containsExactly(GoalKind.TRANSFER_PAYMENT);
        assertThat(GoalCoverage.coveringKinds(false)).containsExactlyInAnyOrder(GoalKind.PROJECT, GoalKind.TRANSFER_PAYMENT);
        assertThat(GoalCoverage.covered(new ProjectTally(null, true, Set.of(GoalKind.PROJECT), 3, Money.of("10.00")))).isFalse();
        assertThat(GoalCoverage.covered(new ProjectTally(null, false, Set.of(GoalKind.TRANSFER_PAYMENT), 3, Money.of("10.00")))).isTrue();
        assertThat(GoalCoverage.covered(new ProjectTally(null, false, Set.of(), 3, Money.of("10.00")))).isFalse();
    }

    /**
     * The district above as a store sums it (GROUP BY transfer payment and the kinds of approved goals naming the
     * projects; units by whether they have an overall goal), with the uncovered subjects listed: the same report.
     */
    @Test
    void talliesSummedByAStoreGiveTheSameReportAsTheRecordsOneByOne() {
        CoverageTallies tallies = new CoverageTallies(
                List.of(new ProjectTally(null, false, Set.of(GoalKind.PROJECT), 1, Money.of("1000000.00")),
                        new ProjectTally(null, false, Set.of(), 2, Money.of("800000.00")),
                        new ProjectTally(null, false, Set.of(GoalKind.TRANSFER_PAYMENT), 1, Money.of("250000.50")),
                        new ProjectTally(null, true, Set.of(GoalKind.TRANSFER_PAYMENT), 1, Money.of("2000000.00")),
                        new ProjectTally(null, true, Set.of(GoalKind.PROJECT), 1, Money.of("800000.00"))),
                List.of(new UnitTally(null, true, 2, Money.of("5500000.00")), new UnitTally(null, false, 1, Money.of("3000000.00"))),
                List.of(plain(2, A, "500000.00"), transfer(5, C, "800000.00"), plain(6, C, "300000.00")),
                List.of(new CoverageUnit(B, Money.of("3000000.00"))));

        assertThat(new GoalCoverage().calculate(Y2024, tallies)).isEqualTo(report);
    }
}
