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
        if (!(actor.has(Role.UNIT_OPERATOR) && goalUnit.equals(actor.unit()))) {
            throw new AccessDeniedException(operation);
        }
    }

    /**
     * The department review of a submission: the reviewer of the department that supervises the unit, or
     * of the unit itself when the unit is a department.
     *
     * @param supervisingDepartment the unit's department, or null when the unit is one
     */
    public static void requireDepartmentReviewer(Actor actor, UnitCode goalUnit, UnitCode supervisingDepartment, String operation) {
        UnitCode department = supervisingDepartment == null ? goalUnit : supervisingDepartment;
        if (!(actor.has(Role.DEPT_REVIEWER) && Objects.equals(actor.unit(), department))) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Grading, approving, publishing, and returning after the department review: the finance bureau. */
    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN))) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Who answers for a return depends on where the goal stands: the department before its review, finance after. */
    public static void requireReturner(Actor actor, GoalStatus status, UnitCode goalUnit, UnitCode supervisingDepartment) {
        if (status == GoalStatus.SUBMITTED) {
            requireDepartmentReviewer(actor, goalUnit, supervisingDepartment, "return-goal");
        } else {
            requireFinance(actor, "return-goal");
        }
    }
}
