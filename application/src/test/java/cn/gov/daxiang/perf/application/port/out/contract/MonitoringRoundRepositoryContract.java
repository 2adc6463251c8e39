package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link MonitoringRoundRepository} does: one round per period, the revision check, latest period first. */
public abstract class MonitoringRoundRepositoryContract {

    protected abstract MonitoringRoundRepository rounds();

    protected void stored() {
    }

    private static MonitoringRound round(int year, int cutOffMonth) {
        return MonitoringRound.restore(MonitoringRoundId.newId(), FiscalYear.of(year), cutOffMonth, LocalDate.of(year, cutOffMonth, 1).plusMonths(1).withDayOfMonth(20));
    }

    @Test
    void aSecondRoundOfOnePeriodIsRefused() {
        rounds().add(round(2031, 6));
        stored();

        assertThatThrownBy(() -> rounds().add(round(2031, 6))).isInstanceOfSatisfying(AlreadyExistsException.class,
                e -> assertThat(e.code()).isEqualTo("MONITORING_ROUND_ALREADY_OPEN"));
    }

    @Test
    void roundsOfAYearComeLatestCutOffFirstAndEveryYearLatestYearFirst() {
        MonitoringRound june = round(2031, 6);
        MonitoringRound september = round(2031, 9);
        MonitoringRound nextYear = round(2032, 3);
        rounds().add(june);
        rounds().add(nextYear);
        rounds().add(september);
        stored();

        assertThat(rounds().find(FiscalYear.of(2031), Paging.first()).items()).extracting(s -> s.round().getId())
                .containsExactly(september.getId(), june.getId());
        assertThat(rounds().find(null, Paging.first()).items()).extracting(s -> s.round().getId())
                .containsSubsequence(nextYear.getId(), september.getId(), june.getId());
    }

    @Test
    void aChangeFromAStaleRevisionIsRefusedAndTheCurrentOneMovesOn() {
        MonitoringRound round = round(2031, 6);
        assertThat(rounds().add(round)).isZero();
        round.changeWarningPolicy(round.getWarningPolicy());
        assertThat(rounds().update(round, 0)).isEqualTo(1);
        stored();

        assertThat(rounds().findById(round.getId()).orElseThrow().revision()).isEqualTo(1);
        assertThatThrownBy(() -> rounds().update(round, 0)).isInstanceOf(StaleRevisionException.class);
    }
}
