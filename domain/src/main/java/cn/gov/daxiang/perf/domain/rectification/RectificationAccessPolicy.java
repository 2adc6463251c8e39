package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;

import java.util.List;
import java.util.Set;

/**
 * Who may see and do what with rectifications:
 * <ul>
 *   <li>the responsible unit's operator sees its own items, starts them and reports (and attaches its evidence);</li>
 *   <li>a department's reviewer sees the items of its department and subordinate units, and changes nothing (the
 *       department follows its units' rectification; finance verifies);</li>
 *   <li>finance (FINANCE_REVIEWER, FINANCE_ADMIN) raises items, verifies and returns reports;</li>
 *   <li>auditors (and the sync, like every district-wide reader) read everything and change nothing;</li>
 *   <li>evaluators see none: the agency's part ends with the accepted evaluation, whose findings it wrote;</li>
 *   <li>seeing comes first: an item outside the caller's scope is "not found", exactly like an unknown one.</li>
 * </ul>
 */
public final class RectificationAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);
    private static final Set<Role> DISTRICT_WIDE_READERS = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN, Role.AUDITOR, Role.SYNC);

    private RectificationAccessPolicy() {
    }

    /** @param readScope the units the actor may read (its own unit, a department's units, or all; none for an evaluator) */
    public static boolean canSee(Actor actor, Rectification item, DataScope readScope) {
        return actor.hasAny(DISTRICT_WIDE_READERS) || readScope.includes(item.getResponsibleUnit());
    }

    /** Starting, reporting and attaching evidence: the operator of the responsible unit. */
    public static boolean isResponsibleOperator(Actor actor, Rectification item) {
        return actor.has(Role.UNIT_OPERATOR) && item.getResponsibleUnit().equals(actor.unit());
    }

    /**
     * Whether {@code actor} may take {@code action} on {@code item} (its state aside): starting and reporting are the
     * responsible unit's operator's, verifying and returning finance's. The service checks this rule and the answers
     * offer by it, so what is offered is what is permitted.
     */
    public static boolean permits(Actor actor, Rectification item, RectificationAction action) {
        return switch (action) {
            case START, REPORT -> isResponsibleOperator(actor, item);
            case VERIFY, RETURN -> isFinance(actor);
        };
    }

    public static void require(Actor actor, Rectification item, RectificationAction action, String operation) {
        if (!permits(actor, item, action)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** What {@code actor} may do to {@code item} now: what its state allows and the actor is permitted. */
    public static List<RectificationAction> offered(Actor actor, Rectification item) {
        return item.allowedActions().stream().filter(a -> permits(actor, item, a)).toList();
    }

    public static void requireResponsibleUnit(Actor actor, Rectification item, String operation) {
        if (!isResponsibleOperator(actor, item)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Raising, verifying and returning: the finance bureau. */
    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(FINANCE)) {
            throw new AccessDeniedException(operation);
        }
    }

    public static boolean isFinance(Actor actor) {
        return actor.hasAny(FINANCE);
    }
}
