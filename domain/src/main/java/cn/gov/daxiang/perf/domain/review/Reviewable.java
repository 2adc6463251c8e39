package cn.gov.daxiang.perf.domain.review;

import java.time.Instant;

/**
 * A submission that goes unit → supervising department → finance (monitoring reports, self-evaluations). Each
 * kind says what its four review steps do; {@link #review} is the one place that maps a requested step to them.
 */
public interface Reviewable {

    void approveAsDepartment(ActorId actor, Instant at, String opinion);

    void returnByDepartment(ActorId actor, Instant at, String reason);

    void approveAsFinance(ActorId actor, Instant at, String opinion);

    void returnByFinance(ActorId actor, Instant at, String reason);

    /** Takes one review step; {@code note} is the opinion of an approval or the reason of a return. */
    default void review(ReviewAction step, ActorId actor, Instant at, String note) {
        switch (step) {
            case DEPT_APPROVE -> approveAsDepartment(actor, at, note);
            case DEPT_RETURN -> returnByDepartment(actor, at, note);
            case FINANCE_APPROVE -> approveAsFinance(actor, at, note);
            case FINANCE_RETURN -> returnByFinance(actor, at, note);
            default -> throw new IllegalArgumentException(step + " is not a review step");
        }
    }
}
