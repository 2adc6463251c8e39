package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.List;

/**
 * Which step of a goal's review a caller may take: the one rule both for the use cases' check and for the
 * {@code allowedActions} a caller is offered, so that what is offered is exactly what would be permitted. An action
 * is offered when the current version's state allows it ({@link GoalStatus#allowedActions()}) and the caller's role
 * and unit permit it ({@link GoalAccessPolicy}).
 */
public final class GoalActionPolicy {

    private GoalActionPolicy() {
    }

    /**
     * Whether the actor's role and unit permit the action on a goal of this unit in this state (the state's own rule is
     * the aggregate's).
     *
     * @param supervisingDepartment the unit's department, or null when the unit is one
     */
    public static boolean permits(Actor actor, GoalAction action, GoalStatus status, UnitCode goalUnit, UnitCode supervisingDepartment) {
        return switch (action) {
            case CREATE, EDIT, SUBMIT, REVISE, OPEN_ADJUSTMENT -> GoalAccessPolicy.isUnitOf(actor, goalUnit);
            case PASS_DEPARTMENT_REVIEW -> GoalAccessPolicy.isDepartmentReviewer(actor, goalUnit, supervisingDepartment);
            case RETURN -> status == GoalStatus.SUBMITTED ? GoalAccessPolicy.isDepartmentReviewer(actor, goalUnit, supervisingDepartment)
                    : GoalAccessPolicy.isFinance(actor);
            case REVIEW_BY_FINANCE, APPROVE, PUBLISH -> GoalAccessPolicy.isFinance(actor);
        };
    }

    /** Refuses ({@code 403}) an action the actor's role and unit do not permit, naming the operation. */
    public static void require(Actor actor, GoalAction action, GoalStatus status, UnitCode goalUnit, UnitCode supervisingDepartment,
                               String operation) {
        if (!permits(actor, action, status, goalUnit, supervisingDepartment)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** What this actor may do next to a goal whose current version is in {@code status}: allowed by the state and permitted. */
    public static List<GoalAction> offered(Actor actor, GoalStatus status, UnitCode goalUnit, UnitCode supervisingDepartment) {
        return status.allowedActions().stream().filter(a -> permits(actor, a, status, goalUnit, supervisingDepartment)).toList();
    }
}
