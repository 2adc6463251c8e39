package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review chain an aggregate goes through (DRAFT → SUBMITTED → DEPT_REVIEWED → FINANCE_REVIEWED,
 * returns back to DRAFT), with every step kept. Part of its aggregate, never shared: the aggregate
 * runs its own checks first and then moves the workflow.
 */
public final class ReviewWorkflow {

    private final String illegalTransitionCode;
    private ReviewState state;
    private final List<ReviewStep> history;

    private ReviewWorkflow(String illegalTransitionCode, ReviewState state, List<ReviewStep> history) {
        this.illegalTransitionCode = Objects.requireNonNull(illegalTransitionCode, "illegalTransitionCode");
        this.state = Objects.requireNonNull(state, "state");
        this.history = new ArrayList<>(history);
    }

    /** A new draft; {@code illegalTransitionCode} is the problem code the owning aggregate refuses with. */
    public static ReviewWorkflow start(String illegalTransitionCode) {
        return new ReviewWorkflow(illegalTransitionCode, ReviewState.DRAFT, List.of());
    }

    public static ReviewWorkflow restore(String illegalTransitionCode, ReviewState state, List<ReviewStep> history) {
        return new ReviewWorkflow(illegalTransitionCode, state, history);
    }

    /** Refuses, naming the allowed actions, when the current state does not allow {@code action}. */
    public void require(ReviewAction action) {
        if (action.from() != state) {
            throw new IllegalTransitionException(illegalTransitionCode, state.name(), action.name(),
                    state.allowedActions().stream().map(Enum::name).toList());
        }
    }

    /** Takes a step (not EDIT, which changes no state) and records it. */
    public ReviewStep take(ReviewAction action, ActorId actor, Instant at, String reason) {
        if (action == ReviewAction.EDIT) {
            throw new IllegalArgumentException("editing is not a review step");
        }
        require(action);
        ReviewStep step = new ReviewStep(action, state, action.to(), actor, at, reason);
        history.add(step);
        state = action.to();
        return step;
    }

    public ReviewState state() {
        return state;
    }

    /** Every step taken, oldest first. */
    public List<ReviewStep> history() {
        return Collections.unmodifiableList(history);
    }

    /** The latest return, if the submission was ever returned. */
    public Optional<ReviewStep> lastReturn() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action().needsReason()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
