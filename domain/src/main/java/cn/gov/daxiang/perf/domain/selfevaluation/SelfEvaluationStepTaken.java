package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.review.ReviewAction;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A review step on a self-evaluation other than finance's approval: the department's approval or return, or
 * finance's return (a return drops the recorded result). Submission and completion have events of their own.
 */
public record SelfEvaluationStepTaken(SelfEvaluationId evaluationId, ReviewAction step) implements DomainEvent {

    private static final Set<ReviewAction> STEPS = Set.of(ReviewAction.DEPT_APPROVE, ReviewAction.DEPT_RETURN, ReviewAction.FINANCE_RETURN);

    public SelfEvaluationStepTaken {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(step, "step");
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException(step + " has an event of its own");
        }
    }

    @Override
    public String action() {
        return step.name().toLowerCase(Locale.ROOT);
    }
}
