package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewWorkflowTest {

    private static final String CODE = "TEST_TRANSITION_ILLEGAL";
    private static final ActorId ACTOR = ActorId.of("someone");
    private static final Instant AT = Instant.parse("2024-10-01T00:00:00Z");

    @Test
    void eachStateAllowsExactlyItsNextActions() {
        assertThat(ReviewState.DRAFT.allowedActions()).containsExactly(ReviewAction.EDIT, ReviewAction.SUBMIT);
        assertThat(ReviewState.SUBMITTED.allowedActions()).containsExactly(ReviewAction.DEPT_APPROVE, ReviewAction.DEPT_RETURN);
        assertThat(ReviewState.DEPT_REVIEWED.allowedActions()).containsExactly(ReviewAction.FINANCE_APPROVE, ReviewAction.FINANCE_RETURN);
        assertThat(ReviewState.FINANCE_REVIEWED.allowedActions()).isEmpty();
    }

    @Test
    void returnsLeadBackToDraftAndApprovalsForward() {
        ReviewWorkflow workflow = ReviewWorkflow.start(CODE);
        workflow.take(ReviewAction.SUBMIT, ACTOR, AT, null);
        workflow.take(ReviewAction.DEPT_RETURN, ACTOR, AT, "请补充");
        assertThat(workflow.state()).isEqualTo(ReviewState.DRAFT);
        workflow.take(ReviewAction.SUBMIT, ACTOR, AT, null);
        workflow.take(ReviewAction.DEPT_APPROVE, ACTOR, AT, null);
        workflow.take(ReviewAction.FINANCE_RETURN, ACTOR, AT, "数据有误");
        workflow.take(ReviewAction.SUBMIT, ACTOR, AT, null);
        workflow.take(ReviewAction.DEPT_APPROVE, ACTOR, AT, null);
        workflow.take(ReviewAction.FINANCE_APPROVE, ACTOR, AT, null);

        assertThat(workflow.state()).isEqualTo(ReviewState.FINANCE_REVIEWED);
        assertThat(workflow.history()).hasSize(8);
        assertThat(workflow.lastReturn()).map(ReviewStep::reason).contains("数据有误");
        assertThat(workflow.history().get(1)).isEqualTo(
                new ReviewStep(ReviewAction.DEPT_RETURN, ReviewState.SUBMITTED, ReviewState.DRAFT, ACTOR, AT, "请补充"));
    }

    @ParameterizedTest
    @EnumSource(value = ReviewAction.class, names = {"EDIT", "SUBMIT", "DEPT_APPROVE", "DEPT_RETURN", "FINANCE_APPROVE", "FINANCE_RETURN"})
    void aFinallyReviewedSubmissionAllowsNothing(ReviewAction action) {
        ReviewWorkflow done = ReviewWorkflow.restore(CODE, ReviewState.FINANCE_REVIEWED, List.of());

        assertThatThrownBy(() -> done.require(action))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.code()).isEqualTo(CODE);
                    assertThat(e.arguments()).containsEntry("state", "FINANCE_REVIEWED").containsEntry("action", action.name())
                            .containsEntry("allowed", List.of());
                    assertThat(e.arguments().keySet()).containsExactly("state", "action", "allowed");
                });
    }

    @Test
    void aReturnNeedsAReasonWhileAnApprovalOpinionIsOptional() {
        assertThatThrownBy(() -> new ReviewStep(ReviewAction.FINANCE_RETURN, ReviewState.DEPT_REVIEWED, ReviewState.DRAFT, ACTOR, AT, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
        assertThat(new ReviewStep(ReviewAction.DEPT_APPROVE, ReviewState.SUBMITTED, ReviewState.DEPT_REVIEWED, ACTOR, AT, "  ").reason()).isNull();
    }

    @Test
    void aRefusedStepChangesNothing() {
        ReviewWorkflow workflow = ReviewWorkflow.start(CODE);

        assertThatThrownBy(() -> workflow.take(ReviewAction.DEPT_APPROVE, ACTOR, AT, null)).isInstanceOf(IllegalTransitionException.class);
        assertThat(workflow.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(workflow.history()).isEmpty();
    }

    @Test
    void actorsAreNamed() {
        assertThatThrownBy(() -> ActorId.of(" "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("TEXT_REQUIRED"));
    }
}
