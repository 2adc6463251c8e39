package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import cn.gov.daxiang.perf.domain.project.Project;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see and do what with key evaluations (重点评价, issue 12).
 * <ul>
 *   <li>Finance (FINANCE_ADMIN, FINANCE_REVIEWER) plans, commissions, returns and accepts, and may set or adjust the
 *       framework until fieldwork starts; it sees every evaluation. AUDITOR and SYNC see every evaluation and change
 *       nothing.</li>
 *   <li>The commissioned agency's EVALUATOR sets or adjusts the framework, starts fieldwork, scores, records findings
 *       and suggestions and submits. An evaluator sees only its own agency's assignments: another agency's, and any
 *       evaluation before it is commissioned, is "not found" for every operation and never listed.</li>
 *   <li>UNIT_OPERATOR and DEPT_REVIEWER see only ACCEPTED evaluations of their own objects (the project's unit; a
 *       special fund holding one of their projects; their department's overall spending; a department reviewer also
 *       its subordinate units'), and change nothing.</li>
 * </ul>
 */
public final class KeyEvaluationAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER);
    private static final Set<Role> SEE_ALL = Set.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR, Role.SYNC);

    private KeyEvaluationAccessPolicy() {
    }

    /**
     * Whether the actor sees the evaluation at all.
     *
     * @param ownerUnits the units whose object it is (see {@link #ownerUnitsOf})
     * @param readScope  the actor's unit scope (its unit, plus a department's subordinates)
     */
    public static boolean canSee(Actor actor, KeyEvaluation evaluation, Collection<UnitCode> ownerUnits, DataScope readScope) {
        if (actor.hasAny(SEE_ALL)) {
            return true;
        }
        if (actor.has(Role.EVALUATOR) && actor.agency() != null && evaluation.isCommissionedTo(actor.agency())) {
            return true;
        }
        return evaluation.getState() == KeyEvaluationState.ACCEPTED && ownerUnits.stream().anyMatch(readScope::includes);
    }

    /**
     * The units whose object an evaluation is: the project's unit, the units of a special fund's projects, or the
     * department itself for its overall spending.
     *
     * @param projects the object's projects (as found; unknown ones are simply absent)
     */
    public static Set<UnitCode> ownerUnitsOf(EvaluationObject object, Collection<Project> projects) {
        if (object instanceof EvaluationObject.OfDepartment department) {
            return Set.of(department.department());
        }
        Set<Object> named = new HashSet<>(object.projects());
        return projects.stream().filter(p -> named.contains(p.getCode())).map(Project::getUnitCode).collect(Collectors.toSet());
    }

    /** Whether the actor sees every evaluation (no per-object check is needed for lists). */
    public static boolean seesAll(Actor actor) {
        return actor.hasAny(SEE_ALL);
    }

    /**
     * Whether the actor's role and scope permit the action on this evaluation (whatever its state): commissioning,
     * returning and accepting are finance's; fieldwork, scores, findings and submission the commissioned agency's
     * evaluator's; the framework either's. The use cases refuse what this does not permit; the read model offers the
     * rest ({@link #offered}).
     */
    public static boolean permits(Actor actor, KeyEvaluation evaluation, KeyEvaluationAction action) {
        boolean commissionedEvaluator = actor.has(Role.EVALUATOR) && actor.agency() != null && evaluation.isCommissionedTo(actor.agency());
        return switch (action) {
            case COMMISSION, RETURN, ACCEPT -> actor.hasAny(FINANCE);
            case SET_FRAMEWORK -> actor.hasAny(FINANCE) || commissionedEvaluator;
            case START_FIELDWORK, SCORE, RECORD_FINDINGS, SUBMIT -> commissionedEvaluator;
        };
    }

    /** What the actor may do to the evaluation now: its state's actions that the actor is permitted. */
    public static java.util.List<KeyEvaluationAction> offered(Actor actor, KeyEvaluation evaluation) {
        return KeyEvaluationAction.allowedActions(evaluation.getState()).stream().filter(a -> permits(actor, evaluation, a)).toList();
    }

    /** The action on this evaluation, or AccessDeniedException naming the operation. */
    public static void require(Actor actor, KeyEvaluation evaluation, KeyEvaluationAction action, String operation) {
        if (!permits(actor, evaluation, action)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Planning, commissioning, returning and accepting: finance. */
    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(FINANCE)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Fieldwork, scores, findings, submission: the commissioned agency's evaluator. */
    public static void requireCommissionedEvaluator(Actor actor, KeyEvaluation evaluation, String operation) {
        if (!(actor.has(Role.EVALUATOR) && actor.agency() != null && evaluation.isCommissionedTo(actor.agency()))) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Choosing or adjusting the framework: finance, or the commissioned agency's evaluator. */
    public static void requireFrameworkEditor(Actor actor, KeyEvaluation evaluation, String operation) {
        if (!actor.hasAny(FINANCE)) {
            requireCommissionedEvaluator(actor, evaluation, operation);
        }
    }
}
