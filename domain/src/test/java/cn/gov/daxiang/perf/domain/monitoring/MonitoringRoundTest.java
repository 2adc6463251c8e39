package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringRoundTest {

    private static final MonitoringRoundId ID = MonitoringRoundId.of(UUID.fromString("00000000-0000-0000-0000-000000000009"));

    @ParameterizedTest(name = "1–{0}月 → {1} %")
    @CsvSource({"1, 8.33", "5, 41.67", "6, 50.00", "7, 58.33", "8, 66.67", "9, 75.00", "12, 100.00"})
    void timeProgressIsTheCutOffMonthOverTwelveToTwoDecimals(int month, String progress) {
        MonitoringRound round = MonitoringRound.open(ID, FiscalYear.of(2024), month, LocalDate.of(2025, 1, 31));

        assertThat(round.getTimeProgress()).isEqualTo(Percentage.of(progress));
    }

    @Test
    void theDistrictsRoundCoversJanuaryToSeptember() {
        MonitoringRound round = MonitoringRound.open(ID, FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 20));

        assertThat(round.getPeriod().label()).isEqualTo("2024年1–9月");
        assertThat(round.getTimeProgress()).isEqualTo(Percentage.of("75.00"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void theCutOffMonthIsAMonth(int month) {
        assertThatThrownBy(() -> MonitoringRound.open(ID, FiscalYear.of(2024), month, LocalDate.of(2025, 1, 31)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("MONITORING_CUT_OFF_MONTH_OUT_OF_RANGE"));
    }

    @Test
    void theDueDateLiesAfterThePeriod() {
        assertThatThrownBy(() -> MonitoringRound.open(ID, FiscalYear.of(2024), 9, LocalDate.of(2024, 9, 30)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("MONITORING_DUE_DATE_NOT_AFTER_PERIOD");
                    assertThat(e.arguments()).containsEntry("periodEnd", "2024-09-30");
                });
        assertThat(MonitoringRound.open(ID, FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 1)).getDueDate()).isEqualTo("2024-10-01");
    }

    @Test
    void aRescheduledRoundIsOverdueOnlyAfterItsNewDueDate() {
        MonitoringRound round = MonitoringRound.open(ID, FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 20));
        round.reschedule(LocalDate.of(2024, 10, 31));

        assertThat(round.isOverdue(LocalDate.of(2024, 10, 31))).isFalse();
        assertThat(round.isOverdue(LocalDate.of(2024, 11, 1))).isTrue();
        assertThatThrownBy(() -> round.reschedule(LocalDate.of(2024, 9, 1))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aRestoredRoundKeepsItsState() {
        MonitoringRound round = MonitoringRound.restore(ID, FiscalYear.of(2024), 9, LocalDate.of(2024, 10, 20));

        assertThat(round.getId()).isEqualTo(ID);
        assertThat(round.getFiscalYear()).isEqualTo(FiscalYear.of(2024));
        assertThat(round.getCutOffMonth()).isEqualTo(9);
    }
}
