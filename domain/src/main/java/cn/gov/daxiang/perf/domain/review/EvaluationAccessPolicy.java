package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.Collection;
import java.util.Set;

/**
 * Who may do what with the work units hand in after their goals are approved (DESIGN.md §5, issue 5): monitoring
 * reports and self-evaluations, the campaigns that ask for them, and the grading configuration.
 * <ul>
 *   <li>A unit fills its own reports and evaluations (its UNIT_OPERATOR opens, edits and submits them).</li>
 *   <li>The supervising department reviews its units' submissions (the DEPT_REVIEWER whose unit is the
 *       department; a department's own submissions are reviewed by its own reviewer).</li>
 *   <li>The finance bureau (FINANCE_REVIEWER, FINANCE_ADMIN) reviews after the department, decides on
 *       the funds of red-flagged projects (暂缓拨款), opens monitoring rounds and issues campaigns.</li>
 *   <li>Only FINANCE_ADMIN configures grade schemes and weight templates.</li>
 *   <li>Seeing comes first: what lies outside the actor's read scope is "not found", never "forbidden".
 *       AUDITOR and SYNC read everything and change nothing; EVALUATOR sees none of this yet.</li>
 * </ul>
 */
public final class EvaluationAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);
    private static final Set<Role> DISTRICT_WIDE_READERS = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN, Role.AUDITOR, Role.SYNC);

    private EvaluationAccessPolicy() {
    }

    /** Whether the actor may see a report or evaluation of {@code owner} at all. */
    public static boolean canSee(UnitCode owner, DataScope readScope) {
        return readScope.includes(owner);
    }

    /** Opening, filling and submitting: the owner unit's operator only (finance reviews; it does not fill units' forms). */
    public static void requireUnitOf(Actor actor, UnitCode owner, String operation) {
        if (!ReviewActionPolicy.permits(actor, ReviewAction.EDIT, owner, null)) {
            throw new AccessDeniedException(operation);
        }
    }

    /**
     * A review step: the department's steps belong to the reviewer of the department that supervises the
     * unit (or of the unit itself when it is a department), finance's steps to the finance bureau.
     *
     * @param supervisingDepartment the unit's department, or null when the unit is one
     */
    public static void requireReviewer(Actor actor, ReviewAction action, UnitCode owner, UnitCode supervisingDepartment,
                                       String operation) {
        if (action == ReviewAction.EDIT || action == ReviewAction.SUBMIT) {
            throw new IllegalArgumentException(action + " is not a review step");
        }
        if (!ReviewActionPolicy.permits(actor, action, owner, supervisingDepartment)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Funds decisions, monitoring rounds and campaigns: the finance bureau. */
    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(FINANCE)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Grade schemes and weight templates: finance administration only. */
    public static void requireConfigurationAdmin(Actor actor, String operation) {
        if (!actor.has(Role.FINANCE_ADMIN)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Recomputing the district's stored scores: the finance bureau and the auditors. */
    public static void requireScoreChecker(Actor actor, String operation) {
        if (!actor.hasAny(Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN, Role.AUDITOR))) {
            throw new AccessDeniedException(operation);
        }
    }

    /**
     * Whether the actor may see a campaign addressed to {@code targets}: district-wide readers see every
     * campaign, units and departments those addressed to a unit of their scope.
     */
    public static boolean canSeeCampaign(Actor actor, Collection<UnitCode> targets, DataScope readScope) {
        return actor.hasAny(DISTRICT_WIDE_READERS) || targets.stream().anyMatch(readScope::includes);
    }

    /** Whether the actor sees a campaign's line for {@code unit} (its status and money): only units of its scope. */
    public static boolean canSeeCampaignLine(Actor actor, UnitCode unit, DataScope readScope) {
        return actor.hasAny(DISTRICT_WIDE_READERS) || readScope.includes(unit);
    }
}
