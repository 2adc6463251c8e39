package cn.gov.daxiang.perf.domain.execution;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportedExecutionTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 9, 30);
    private static final ProjectExecution PROVINCE = synced("33800000", "16900000");
    private static final ExecutionTolerance ONE_PERCENT = ExecutionTolerance.DEFAULT;

    private static ProjectExecution synced(String adjusted, String executed) {
        return new ProjectExecution(ProjectCode.of("43050324T000000000101"), FiscalYear.of(2024), figures(adjusted, executed), AS_OF);
    }

    private static BudgetExecution figures(String adjusted, String executed) {
        return BudgetExecution.of(Money.of(adjusted), Money.of(executed));
    }

    @Test
    void withoutTypedFiguresTheProvincesFiguresCountWithTheirDate() {
        ReportedExecution reported = ReportedExecution.resolve(PROVINCE, null, null, null, ONE_PERCENT);
        assertThat(reported.source()).isEqualTo(ExecutionSource.PROVINCE);
        assertThat(reported.figures()).isEqualTo(PROVINCE.execution());
        assertThat(reported.asOf()).isEqualTo(AS_OF);
        assertThat(reported.flagged()).isFalse();
        assertThat(reported.deviation()).isEmpty();
    }

    @Test
    void typedFiguresEqualToTheProvincesNeedNoReason() {
        ReportedExecution reported = ReportedExecution.resolve(PROVINCE, figures("33800000.00", "16900000"), null, null, ONE_PERCENT);
        assertThat(reported.source()).isEqualTo(ExecutionSource.PROVINCE);
    }

    @Test
    void typedFiguresDifferingFromTheProvincesWithoutAReasonAreRefusedNamingTheReason() {
        // the example: an adjusted budget of 1,000,000 for a project the province funds with 33,800,000
        assertThatThrownBy(() -> ReportedExecution.resolve(PROVINCE, figures("1000000", "16900000"), "  ", null, ONE_PERCENT))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ReportedExecution.REASON_REQUIRED);
                    assertThat(e.arguments()).containsEntry("field", "execution.overrideReason");
                    assertThat(e.arguments()).containsEntry("provinceAdjustedBudget", "33800000.00").containsEntry("asOf", "2024-09-30");
                });
    }

    @Test
    void anOverrideWithAReasonCountsTheUnitsFiguresAndIsFlaggedBeyondTheTolerance() {
        ReportedExecution reported = ReportedExecution.resolve(PROVINCE, figures("1000000", "16900000"), "省级数据未含调减", null, ONE_PERCENT);
        assertThat(reported.source()).isEqualTo(ExecutionSource.UNIT_OVERRIDE);
        assertThat(reported.figures().adjustedBudget()).isEqualTo(Money.of(1000000));
        assertThat(reported.provinceFigures()).isEqualTo(PROVINCE.execution());
        assertThat(reported.overrideReason()).isEqualTo("省级数据未含调减");
        assertThat(reported.flagged()).isTrue();
        assertThat(reported.deviation()).hasValue(new ReportedExecution.Deviation(Money.of(-32800000), Money.ZERO));
    }

    @Test
    void anOverrideWithinTheToleranceIsNotFlagged() {
        // 1 % of 16,900,000 is 169,000: exactly that much is within, one cent more is beyond
        ReportedExecution within = ReportedExecution.resolve(PROVINCE, figures("33800000", "17069000"), "含在途支付", null, ONE_PERCENT);
        ReportedExecution beyond = ReportedExecution.resolve(PROVINCE, figures("33800000", "17069000.01"), "含在途支付", null, ONE_PERCENT);
        assertThat(within.source()).isEqualTo(ExecutionSource.UNIT_OVERRIDE);
        assertThat(within.flagged()).isFalse();
        assertThat(beyond.flagged()).isTrue();
    }

    @Test
    void theAbsoluteAmountWidensTheToleranceOfSmallFigures() {
        ExecutionTolerance tolerance = new ExecutionTolerance(BigDecimal.ONE, Money.of(5000));
        ProjectExecution small = synced("100000", "50000");
        assertThat(ReportedExecution.resolve(small, figures("100000", "55000"), "r", null, tolerance).flagged()).isFalse();
        assertThat(ReportedExecution.resolve(small, figures("100000", "55000.01"), "r", null, tolerance).flagged()).isTrue();
    }

    @Test
    void withoutSyncedFiguresTheUnitsFiguresCountWithoutAReason() {
        ReportedExecution reported = ReportedExecution.resolve(null, figures("500000", "250000"), null, null, ONE_PERCENT);
        assertThat(reported.source()).isEqualTo(ExecutionSource.UNIT);
        assertThat(reported.asOf()).isNull();
        assertThat(reported.provinceFigures()).isNull();
        assertThat(ReportedExecution.resolve(null, null, null, reported, ONE_PERCENT)).isSameAs(reported);
        assertThat(ReportedExecution.resolve(null, null, null, null, ONE_PERCENT)).isNull();
    }

    @Test
    void aRefreshTakesTheLatestProvinceFiguresAndKeepsAnOverrideComparedAnew() {
        ReportedExecution province = ReportedExecution.province(PROVINCE);
        ProjectExecution later = new ProjectExecution(PROVINCE.projectCode(), PROVINCE.fiscalYear(), figures("33800000", "20000000"),
                AS_OF.plusMonths(1));
        assertThat(ReportedExecution.refresh(later, province, ONE_PERCENT)).isEqualTo(ReportedExecution.province(later));

        ReportedExecution override = ReportedExecution.resolve(PROVINCE, figures("33800000", "20000000"), "已支付未同步", null, ONE_PERCENT);
        assertThat(override.flagged()).isTrue();
        assertThat(ReportedExecution.refresh(later, override, ONE_PERCENT).source())
                .as("the province now agrees with the unit").isEqualTo(ExecutionSource.PROVINCE);
        ProjectExecution closer = new ProjectExecution(PROVINCE.projectCode(), PROVINCE.fiscalYear(), figures("33800000", "19900000"),
                AS_OF.plusMonths(1));
        ReportedExecution kept = ReportedExecution.refresh(closer, override, ONE_PERCENT);
        assertThat(kept.source()).isEqualTo(ExecutionSource.UNIT_OVERRIDE);
        assertThat(kept.overrideReason()).isEqualTo("已支付未同步");
        assertThat(kept.asOf()).isEqualTo(AS_OF.plusMonths(1));
        assertThat(kept.flagged()).as("100,000 is within 1 % of 19,900,000").isFalse();
    }

    @Test
    void unitFiguresTypedBeforeTheSyncGiveWayToTheProvincesSinceNoReasonWasGiven() {
        ReportedExecution typedEarlier = ReportedExecution.unit(figures("1000000", "900000"));
        assertThat(ReportedExecution.refresh(PROVINCE, typedEarlier, ONE_PERCENT)).isEqualTo(ReportedExecution.province(PROVINCE));
    }

    @Test
    void anOverrideKeepsTheUnitsReasonAndTheProvinceKeepsNone() {
        assertThatThrownBy(() -> new ReportedExecution(PROVINCE.execution(), ExecutionSource.PROVINCE, figures("1", "1"), AS_OF, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportedExecution(figures("1", "1"), ExecutionSource.UNIT_OVERRIDE, PROVINCE.execution(), AS_OF, " ", true))
                .isInstanceOf(InvalidValueException.class);
    }

    /** For random figures: flagged exactly when a figure differs by more than max(1 % of the province's, the amount). */
    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20241130L})
    void flaggedExactlyBeyondTheLargerOfPercentAndAmount(long seed) {
        System.out.println("ReportedExecutionTest seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            long provinceCents = random.nextInt(1_000_000_000);
            long unitCents = Math.max(0, provinceCents + random.nextInt(4_000_000) - 2_000_000);
            long amountCents = random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000);
            Money province = new Money(BigDecimal.valueOf(provinceCents, 2));
            Money unit = new Money(BigDecimal.valueOf(unitCents, 2));
            ExecutionTolerance tolerance = new ExecutionTolerance(BigDecimal.ONE, new Money(BigDecimal.valueOf(amountCents, 2)));
            BigDecimal allowed = BigDecimal.valueOf(provinceCents, 2).multiply(new BigDecimal("0.01"))
                    .setScale(2, java.math.RoundingMode.HALF_UP).max(BigDecimal.valueOf(amountCents, 2));
            boolean expected = BigDecimal.valueOf(Math.abs(unitCents - provinceCents), 2).compareTo(allowed) > 0;
            ProjectExecution synced = new ProjectExecution(PROVINCE.projectCode(), PROVINCE.fiscalYear(),
                    BudgetExecution.of(province, province), AS_OF);
            BudgetExecution typed = BudgetExecution.of(province, unit);
            if (typed.equals(synced.execution())) {
                continue;
            }
            assertThat(ReportedExecution.resolve(synced, typed, "reason", null, tolerance).flagged())
                    .as("seed %d: province %s unit %s amount %s", seed, province, unit, amountCents).isEqualTo(expected);
        }
    }
}
