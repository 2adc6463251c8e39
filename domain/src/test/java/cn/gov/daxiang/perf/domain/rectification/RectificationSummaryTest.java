package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import static cn.gov.daxiang.perf.domain.rectification.Rectifications.DEADLINE;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.FINANCE;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.ISSUED_ON;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class RectificationSummaryTest {

    private static Rectification of(UnitCode unit, RectificationState state, LocalDate reportedOn) {
        Rectification item = Rectification.issue(RectificationId.newId(), RectificationSource.raised(EvaluationKind.KEY_EVALUATION,
                UUID.randomUUID()), FiscalYear.of(2024), null, unit, "问题", DEADLINE, FINANCE, NOW, ISSUED_ON);
        if (state == RectificationState.ISSUED) {
            return item;
        }
        item.start(NOW);
        if (state == RectificationState.IN_PROGRESS) {
            return item;
        }
        item.report("已整改", 1, NOW, reportedOn);
        switch (state) {
            case RETURNED -> item.returnToUnit("不充分");
            case VERIFIED -> item.verify(FINANCE, NOW);
            default -> {
            }
        }
        return item;
    }

    @Test
    void counts_by_unit_and_state_with_overdue_on_the_day_and_late_reports() {
        UnitCode a = UnitCode.of("105002");
        UnitCode b = UnitCode.of("108002");
        List<Rectification> items = List.of(of(b, RectificationState.ISSUED, null), of(a, RectificationState.IN_PROGRESS, null),
                of(a, RectificationState.REPORTED, DEADLINE.plusDays(2)), of(a, RectificationState.VERIFIED, DEADLINE),
                of(b, RectificationState.RETURNED, DEADLINE));
        RectificationSummary summary = RectificationSummary.of(items, DEADLINE.plusDays(3));
        assertThat(summary.total().items()).isEqualTo(5);
        assertThat(summary.total().overdue()).isEqualTo(3);
        assertThat(summary.total().reportedLate()).isEqualTo(1);
        assertThat(summary.units()).extracting(RectificationSummary.UnitLine::unitCode).containsExactly(a, b);
        RectificationSummary.Counts first = summary.units().get(0).counts();
        assertThat(first.items()).isEqualTo(3);
        assertThat(first.inState(RectificationState.IN_PROGRESS)).isEqualTo(1);
        assertThat(first.inState(RectificationState.REPORTED)).isEqualTo(1);
        assertThat(first.inState(RectificationState.VERIFIED)).isEqualTo(1);
        assertThat(first.inState(RectificationState.ISSUED)).isZero();
        assertThat(first.overdue()).isEqualTo(1);
        assertThat(summary.units().get(1).counts().overdue()).isEqualTo(2);
        assertThat(RectificationSummary.of(items, DEADLINE).total().overdue()).as("nothing is overdue on the deadline day").isZero();
    }

    static LongStream seeds() {
        long seed = Long.getLong("perf.seed", 20261202L);
        System.out.println("seed=" + seed + " (replay with -Dperf.seed=" + seed + ")");
        return LongStream.of(seed, seed + 1, seed + 2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void the_units_lines_add_up_to_the_total_and_the_states_to_the_items(long seed) {
        Random random = new Random(seed);
        List<Rectification> items = new ArrayList<>();
        UnitCode[] units = {UnitCode.of("105002"), UnitCode.of("108002"), UnitCode.of("101001")};
        for (int i = 0; i < 60; i++) {
            RectificationState state = RectificationState.values()[random.nextInt(RectificationState.values().length)];
            items.add(of(units[random.nextInt(units.length)], state, DEADLINE.plusDays(random.nextInt(5) - 2)));
        }
        LocalDate today = DEADLINE.plusDays(random.nextInt(5) - 2);
        RectificationSummary summary = RectificationSummary.of(items, today);
        assertThat(summary.units().stream().mapToLong(l -> l.counts().items()).sum()).isEqualTo(summary.total().items()).isEqualTo(60);
        assertThat(summary.units().stream().mapToLong(l -> l.counts().overdue()).sum()).isEqualTo(summary.total().overdue())
                .isEqualTo(items.stream().filter(r -> r.overdueOn(today).overdue()).count());
        assertThat(summary.total().byState().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
        assertThat(summary.total().reportedLate()).isEqualTo(items.stream().filter(Rectification::reportedLate).count());
        assertThat(summary.total().open()).as("open: every item not verified").isEqualTo(items.stream().filter(Rectification::isOpen).count());
    }
}
