package cn.gov.daxiang.perf.application.service.evaluation;

import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationEntries;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCompleted;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationSubmitted;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.ENROLMENT;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.FINANCE;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.KINDERGARTEN;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.OPERATOR;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.PUPILS;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Self-evaluation on the in-memory fakes, without a container: opened after the year end, filled with the score
 * previewed, submitted with the recorded score and grade, reviewed and completed, with the audit records the API has
 * always written and the completion the province is told of.
 */
class SelfEvaluationUseCaseTest {

    private static final Instant T0 = Instant.parse("2026-02-02T02:00:00Z");

    private final EvaluationUseCases app = new EvaluationUseCases(T0);

    @Test
    void aUnitCannotOpenTheEvaluationOfAYearThatHasNotEnded() {
        var goal = app.approvedGoal(KINDERGARTEN);
        app.clock.set(Instant.parse("2025-12-31T15:59:59Z"));   // 23:59:59 on 31 December in the district

        assertThatThrownBy(() -> app.evaluations.openSelfEvaluation(OPERATOR, goal))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("SELF_EVALUATION_BEFORE_YEAR_END"));
        assertThat(app.audit()).isEmpty();

        app.clock.advance(Duration.ofSeconds(1));
        assertThat(app.evaluations.openSelfEvaluation(OPERATOR, goal).evaluation().getKind())
                .isEqualTo(SelfEvaluationKind.DEPARTMENT_OVERALL);
    }

    @Test
    void fillingPreviewsTheGradeAndSubmissionRecordsTheScoreTheGradeAndTheScheme() {
        SelfEvaluationDetails opened = app.evaluations.openSelfEvaluation(OPERATOR, app.approvedGoal(KINDERGARTEN));
        assertThat(only(app.audit()).kind()).isEqualTo(AuditKind.CREATE);
        app.forgetSoFar();

        SelfEvaluationDetails filled = fill(opened);

        assertThat(filled.preview().score().value()).isEqualByComparingTo("98.42");
        assertThat(filled.preview().grade()).isEqualTo(Grade.EXCELLENT);
        AuditEvent update = only(app.audit());
        assertThat(update.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(update.changes()).contains(new FieldChange("line01 在园幼儿数 achievement", null, "300"));
        app.forgetSoFar();

        SelfEvaluationDetails submitted = app.evaluations.submitSelfEvaluation(OPERATOR, id(filled), filled.revision());

        assertThat(submitted.evaluation().getResult().orElseThrow().schemeId().value()).isEqualTo("national");
        assertThat(app.recorded.events()).containsExactly(new SelfEvaluationSubmitted(id(filled), submitted.evaluation().getResult().orElseThrow()));
        AuditEvent submit = only(app.audit());
        assertThat(submit.action()).isEqualTo("submit");
        assertThat(submit.changes()).contains(new FieldChange("totalScore", null, "98.42"), new FieldChange("grade", null, "EXCELLENT"),
                new FieldChange("gradeScheme", null, "national"));
    }

    @Test
    void aReturnDropsTheResultAndFinancesApprovalCompletesTheEvaluationWithTheResultTheProvinceHolds() {
        SelfEvaluationDetails submitted = submitted();
        app.forgetSoFar();

        SelfEvaluationDetails returned = review(DEPT_REVIEWER, submitted, ReviewAction.DEPT_RETURN, "请补充满意度调查");
        assertThat(returned.evaluation().getResult()).isEmpty();
        SelfEvaluationDetails resubmitted = app.evaluations.submitSelfEvaluation(OPERATOR, id(returned), returned.revision());
        SelfEvaluationDetails passed = review(DEPT_REVIEWER, resubmitted, ReviewAction.DEPT_APPROVE, null);
        app.clock.advance(Duration.ofDays(3));
        SelfEvaluationDetails completed = review(FINANCE, passed, ReviewAction.FINANCE_APPROVE, "同意");

        assertThat(completed.evaluation().getStatus()).isEqualTo(ReviewState.FINANCE_REVIEWED);
        assertThat(app.recorded.events()).extracting(DomainEvent::action)
                .containsExactly("dept_return", "submit", "dept_approve", "finance_approve");
        assertThat(app.audit()).extracting(AuditEvent::action).containsExactly("dept_return", "submit", "dept_approve", "finance_approve");
        SelfEvaluationCompleted event = app.recorded.events(SelfEvaluationCompleted.class).get(0);
        assertThat(event.result()).isEqualTo(completed.evaluation().getResult().orElseThrow());
        assertThat(event.result().score().value()).isEqualByComparingTo("98.42");
        assertThat(event.completedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(event.lines()).extracting(l -> l.score().met()).containsExactly(true, false, true);
    }

    @Test
    void theDepartmentCannotApproveForFinanceAndTheRefusalLeavesNoTrace() {
        SelfEvaluationDetails submitted = submitted();
        app.forgetSoFar();

        assertThatThrownBy(() -> review(DEPT_REVIEWER, submitted, ReviewAction.FINANCE_APPROVE, null))
                .isInstanceOf(cn.gov.daxiang.perf.domain.access.AccessDeniedException.class);
        assertThat(app.recorded.events()).isEmpty();
        assertThat(app.audit()).isEmpty();
        assertThat(app.stores.evaluations.findById(id(submitted)).orElseThrow().evaluation().getStatus()).isEqualTo(ReviewState.SUBMITTED);
    }

    // --- helpers --------------------------------------------------------------------------------------

    /**
     * 在园幼儿 300 (met), 入园率 90 of 95 (missed, explained: 30 × 90/95 = 28.42), 满意度 92 (met), all the budget spent:
     * 10 + 50 + 28.42 + 10 = 98.42, 优.
     */
    private SelfEvaluationDetails fill(SelfEvaluationDetails draft) {
        return app.evaluations.recordSelfEvaluationEntries(OPERATOR, new RecordSelfEvaluationEntriesCommand(id(draft), draft.revision(),
                new SelfEvaluationEntries(BudgetExecution.of(Money.of("800000.00"), Money.of("800000.00")), "在园幼儿300人", List.of(
                        new SelfEvaluationEntries.Line(PUPILS, Achievement.measured(new BigDecimal("300")), null),
                        new SelfEvaluationEntries.Line(ENROLMENT, Achievement.measured(new BigDecimal("90")), "新建小区入园延后"),
                        new SelfEvaluationEntries.Line(SATISFACTION, Achievement.measured(new BigDecimal("92")), null)))));
    }

    private SelfEvaluationDetails submitted() {
        SelfEvaluationDetails filled = fill(app.evaluations.openSelfEvaluation(OPERATOR, app.approvedGoal(KINDERGARTEN)));
        return app.evaluations.submitSelfEvaluation(OPERATOR, id(filled), filled.revision());
    }

    private SelfEvaluationDetails review(cn.gov.daxiang.perf.domain.access.Actor actor, SelfEvaluationDetails current, ReviewAction step,
                                         String reason) {
        return app.evaluationReview.reviewSelfEvaluation(actor, new ReviewSelfEvaluationCommand(id(current), current.revision(), step, reason));
    }

    private static SelfEvaluationId id(SelfEvaluationDetails details) {
        return details.evaluation().getId();
    }

    private static AuditEvent only(List<AuditEvent> audit) {
        assertThat(audit).hasSize(1);
        return audit.get(0);
    }
}
