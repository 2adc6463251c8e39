package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may take which step of the review chain of a unit's submission (monitoring report, self-evaluation). One rule
 * for both sides: the use cases refuse what it does not permit, and the read models offer exactly what it permits
 * (so a client never shows a button that answers 403).
 * <ul>
 *   <li>EDIT, SUBMIT: the owner unit's operator.</li>
 *   <li>DEPT_APPROVE, DEPT_RETURN: the reviewer of the department supervising the unit (of the unit itself when it is one).</li>
 *   <li>FINANCE_APPROVE, FINANCE_RETURN: the finance bureau (FINANCE_REVIEWER, FINANCE_ADMIN).</li>
 * </ul>
 */
public final class ReviewActionPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);

    private ReviewActionPolicy() {
    }

    /**
     * Whether the actor's role and scope permit the action on a submission of {@code owner} (whatever its state).
     *
     * @param supervisingDepartment the owner's department, or null when the owner is one
     */
    public static boolean permits(Actor actor, ReviewAction action, UnitCode owner, UnitCode supervisingDepartment) {
        return switch (action) {
            case EDIT, SUBMIT -> actor.has(Role.UNIT_OPERATOR) && owner.equals(actor.unit());
            case DEPT_APPROVE, DEPT_RETURN -> actor.has(Role.DEPT_REVIEWER)
                    && Objects.equals(actor.unit(), supervisingDepartment == null ? owner : supervisingDepartment);
            case FINANCE_APPROVE, FINANCE_RETURN -> actor.hasAny(FINANCE);
        };
    }

    /** What the actor may do to a submission in {@code state} now: the state's actions it is permitted, in the state's order. */
    public static List<ReviewAction> offered(Actor actor, ReviewState state, UnitCode owner, UnitCode supervisingDepartment) {
        return state.allowedActions().stream().filter(a -> permits(actor, a, owner, supervisingDepartment)).toList();
    }
}
