package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.UUID;

import static cn.gov.daxiang.perf.domain.rectification.Rectifications.DEADLINE;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.FINANCE;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.ISSUED_ON;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.NOW;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.PROJECT;
import static cn.gov.daxiang.perf.domain.rectification.Rectifications.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RectificationTest {

    @Test
    void an_issued_item_records_its_issue_and_allows_only_start() {
        Rectification item = Rectifications.issued();
        assertThat(item.getState()).isEqualTo(RectificationState.ISSUED);
        assertThat(item.allowedActions()).containsExactly(RectificationAction.START);
        assertThat(item.pullEvents()).singleElement().isInstanceOfSatisfying(RectificationIssued.class, e -> {
            assertThat(e.responsibleUnit()).isEqualTo(UNIT);
            assertThat(e.deadline()).isEqualTo(DEADLINE);
        });
    }

    @Test
    void the_full_path_issued_started_reported_verified() {
        Rectification item = Rectifications.issued();
        item.start(NOW);
        assertThat(item.getState()).isEqualTo(RectificationState.IN_PROGRESS);
        item.report("已整改", 2, NOW, DEADLINE.minusDays(3));
        assertThat(item.getState()).isEqualTo(RectificationState.REPORTED);
        assertThat(item.allowedActions()).containsExactly(RectificationAction.VERIFY, RectificationAction.RETURN);
        item.verify(FINANCE, NOW);
        assertThat(item.getState()).isEqualTo(RectificationState.VERIFIED);
        assertThat(item.allowedActions()).isEmpty();
        assertThat(item.isOpen()).isFalse();
        assertThat(item.pullEvents()).extracting(DomainEvent::action).containsExactly("create", "start", "report", "verify");
    }

    @Test
    void a_returned_report_goes_back_to_the_unit_which_reports_again_in_a_second_round() {
        Rectification item = Rectifications.reported(DEADLINE);
        item.returnToUnit("佐证材料不足");
        assertThat(item.getState()).isEqualTo(RectificationState.RETURNED);
        assertThat(item.getReturnReason()).contains("佐证材料不足");
        assertThat(item.getReturnCount()).isEqualTo(1);
        assertThat(item.allowedActions()).containsExactly(RectificationAction.REPORT);
        item.report("补充了拨付凭证", 3, NOW, DEADLINE);
        assertThat(item.getState()).isEqualTo(RectificationState.REPORTED);
        assertThat(item.getReports()).extracting(RectificationReport::round).containsExactly(1, 2);
        assertThat(item.lastReport().orElseThrow().text()).isEqualTo("补充了拨付凭证");
    }

    @Test
    void a_return_needs_a_reason() {
        Rectification item = Rectifications.reported(DEADLINE);
        assertThatThrownBy(() -> item.returnToUnit("  ")).isInstanceOf(InvalidValueException.class);
        assertThat(item.getState()).isEqualTo(RectificationState.REPORTED);
    }

    @Test
    void a_report_needs_a_text_and_at_least_one_evidence_file() {
        Rectification item = Rectifications.inProgress();
        assertThatThrownBy(() -> item.report("已整改", 0, NOW, ISSUED_ON))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_EVIDENCE_REQUIRED"));
        assertThatThrownBy(() -> item.report(" ", 1, NOW, ISSUED_ON)).isInstanceOf(InvalidValueException.class);
        assertThat(item.getState()).isEqualTo(RectificationState.IN_PROGRESS);
        assertThat(item.getReports()).isEmpty();
    }

    @Test
    void steps_out_of_order_are_illegal_transitions_naming_the_allowed_ones() {
        Rectification issued = Rectifications.issued();
        assertThatThrownBy(() -> issued.report("x", 1, NOW, ISSUED_ON)).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.allowed()).containsExactly("START"));
        assertThatThrownBy(() -> issued.verify(FINANCE, NOW)).isInstanceOf(IllegalTransitionException.class);
        Rectification inProgress = Rectifications.inProgress();
        assertThatThrownBy(() -> inProgress.start(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> inProgress.returnToUnit("r")).isInstanceOf(IllegalTransitionException.class);
        Rectification verified = Rectifications.reported(DEADLINE);
        verified.verify(FINANCE, NOW);
        assertThatThrownBy(() -> verified.returnToUnit("r")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> verified.report("x", 1, NOW, DEADLINE)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void finance_cannot_raise_an_item_with_a_deadline_before_today() {
        assertThatThrownBy(() -> Rectification.issue(RectificationId.newId(), RectificationSource.raised(EvaluationKind.SELF_EVALUATION,
                UUID.randomUUID()), FiscalYear.of(2024), PROJECT, UNIT, "问题", ISSUED_ON.minusDays(1), FINANCE, NOW, ISSUED_ON))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_DEADLINE_IN_THE_PAST"));
        assertThat(Rectification.issue(RectificationId.newId(), RectificationSource.raised(EvaluationKind.SELF_EVALUATION,
                UUID.randomUUID()), FiscalYear.of(2024), null, UNIT, "问题", ISSUED_ON, FINANCE, NOW, ISSUED_ON).getDeadline())
                .isEqualTo(ISSUED_ON);
    }

    @Test
    void a_deadline_beyond_year_9999_is_refused() {
        assertThatThrownBy(() -> Rectification.issue(RectificationId.newId(), RectificationSource.raised(EvaluationKind.SELF_EVALUATION,
                UUID.randomUUID()), FiscalYear.of(2024), PROJECT, UNIT, "问题", LocalDate.of(10000, 1, 1), FINANCE, NOW, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_DEADLINE_OUT_OF_RANGE"));
    }

    @Test
    void the_deadline_day_itself_is_in_time_the_day_after_is_one_day_overdue() {
        Rectification item = Rectifications.issued();
        assertThat(item.overdueOn(DEADLINE.minusDays(1))).isEqualTo(Overdue.NOT);
        assertThat(item.overdueOn(DEADLINE)).isEqualTo(Overdue.NOT);
        assertThat(item.overdueOn(DEADLINE.plusDays(1))).isEqualTo(new Overdue(true, 1));
        assertThat(item.overdueOn(DEADLINE.plusDays(40))).isEqualTo(new Overdue(true, 40));
    }

    @ParameterizedTest
    @EnumSource(value = RectificationState.class, names = {"ISSUED", "IN_PROGRESS", "RETURNED"})
    void an_item_the_unit_still_owes_is_overdue_after_the_deadline(RectificationState state) {
        Rectification item = inState(state);
        assertThat(item.overdueOn(DEADLINE.plusDays(5))).isEqualTo(new Overdue(true, 5));
    }

    @ParameterizedTest
    @EnumSource(value = RectificationState.class, names = {"REPORTED", "VERIFIED"})
    void a_reported_or_verified_item_is_never_overdue(RectificationState state) {
        Rectification item = inState(state);
        assertThat(item.overdueOn(DEADLINE.plusDays(365))).isEqualTo(Overdue.NOT);
    }

    @Test
    void a_report_after_the_deadline_day_is_recorded_late_by_its_days_and_one_on_the_day_is_not() {
        Rectification onTheDay = Rectifications.reported(DEADLINE);
        assertThat(onTheDay.reportedLate()).isFalse();
        assertThat(onTheDay.lastReport().orElseThrow().daysLate()).isZero();
        Rectification late = Rectifications.reported(DEADLINE.plusDays(3));
        assertThat(late.reportedLate()).isTrue();
        assertThat(late.lastReport().orElseThrow().daysLate()).isEqualTo(3);
        assertThat(late.overdueOn(DEADLINE.plusDays(10)).overdue()).isFalse();
        late.verify(FINANCE, NOW);
        assertThat(late.reportedLate()).as("late stays recorded after verification").isTrue();
    }

    @Test
    void a_returned_item_past_its_deadline_is_overdue_again_until_reported() {
        Rectification item = Rectifications.reported(DEADLINE);
        item.returnToUnit("不充分");
        LocalDate later = DEADLINE.plusDays(7);
        assertThat(item.overdueOn(later)).isEqualTo(new Overdue(true, 7));
        item.report("补充", 1, NOW, later);
        assertThat(item.overdueOn(later).overdue()).isFalse();
        assertThat(item.lastReport().orElseThrow().daysLate()).isEqualTo(7);
    }

    static Rectification inState(RectificationState state) {
        return switch (state) {
            case ISSUED -> Rectifications.issued();
            case IN_PROGRESS -> Rectifications.inProgress();
            case REPORTED -> Rectifications.reported(DEADLINE);
            case RETURNED -> {
                Rectification item = Rectifications.reported(DEADLINE);
                item.returnToUnit("不充分");
                yield item;
            }
            case VERIFIED -> {
                Rectification item = Rectifications.reported(DEADLINE);
                item.verify(FINANCE, NOW);
                yield item;
            }
        };
    }
}
