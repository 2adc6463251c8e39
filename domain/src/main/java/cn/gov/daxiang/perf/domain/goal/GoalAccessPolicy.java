package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with a goal (DESIGN.md §5, issue 4): units write their own goals ("谁申请资金，谁编制目标");
 * the supervising department reviews its units' submissions; the finance bureau grades, approves and
 * publishes; an evaluator sees only the goal reviews assigned to its agency; auditors and the sync read.
 * Seeing is checked first: a goal the actor may not see is "not found", never "forbidden".
 */
public final class GoalAccessPolicy {

    private GoalAccessPolicy() {
    }

    /**
     * Whether the actor may see the goal at all.
     *
     * @param readScope      the units whose data the actor may read
     * @param reviewAgency   the agency the goal's review is assigned to, or null
     */
    public static boolean canSee(Actor actor, UnitCode goalUnit, DataScope readScope, AgencyId reviewAgency) {
        if (readScope.includes(goalUnit)) {
            return true;
        }
        return actor.has(Role.EVALUATOR) && reviewAgency != null && reviewAgency.equals(actor.agency());
    }

    /** Declaring, editing, submitting, revising and asking for an adjustment: the goal's own unit. */
    public static void requireUnitOf(Actor actor, UnitCode goalUnit, String operation) {
        if (!isUnitOf(actor, goalUnit)) {
            throw new AccessDeniedException(operation);
        }
    }

    public static boolean isUnitOf(Actor actor, UnitCode goalUnit) {
        return actor.has(Role.UNIT_OPERATOR) && goalUnit.equals(actor.unit());
    }

    /**
     * The department review of a submission: the reviewer of the department that supervises the unit, or
     * of the unit itself when the unit is a department.
     *
     * @param supervisingDepartment the unit's department, or null when the unit is one
     */
    public static void requireDepartmentReviewer(Actor actor, UnitCode goalUnit, UnitCode supervisingDepartment, String operation) {
        if (!isDepartmentReviewer(actor, goalUnit, supervisingDepartment)) {
            throw new AccessDeniedException(operation);
        }
    }

    public static boolean isDepartmentReviewer(Actor actor, UnitCode goalUnit, UnitCode supervisingDepartment) {
        UnitCode department = supervisingDepartment == null ? goalUnit : supervisingDepartment;
        return actor.has(Role.DEPT_REVIEWER) && Objects.equals(actor.unit(), department);
    }

    /** Grading, approving, publishing, and returning after the department review: the finance bureau. */
    public static void requireFinance(Actor actor, String operation) {
        if (!isFinance(actor)) {
            throw new AccessDeniedException(operation);
        }
    }

    public static boolean isFinance(Actor actor) {
        return actor.hasAny(Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN));
    }
}
