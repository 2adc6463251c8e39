package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.List;
import java.util.Set;

/**
 * Who may see and do what with ex-ante assessments (DESIGN.md §5):
 * <ul>
 *   <li>the project's unit (its UNIT_OPERATOR) drafts, edits and submits; its department's reviewer sees;</li>
 *   <li>finance (FINANCE_REVIEWER, FINANCE_ADMIN) takes it up, commissions an agency, scores, returns and concludes;</li>
 *   <li>the commissioned agency's EVALUATOR sees the assessment and scores its criteria; finance concludes (the
 *       bureau decides what the budget may hold, the agency's judgement is in its scores and comments);</li>
 *   <li>AUDITOR (and the SYNC role, like every district-wide reader) read everything and change nothing;</li>
 *   <li>seeing comes first: anybody else (another unit, another agency's evaluator) is told "not found".</li>
 * </ul>
 * Publishing a new criteria set is finance administration's.
 */
public final class PreAssessmentAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);
    private static final Set<Role> DISTRICT_WIDE_READERS = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN, Role.AUDITOR, Role.SYNC);

    private PreAssessmentAccessPolicy() {
    }

    /**
     * Whether the actor may see an assessment of {@code owner}, commissioned to {@code agency} (null: none).
     *
     * @param readScope the units the actor may read (its own unit, a department's units, or all)
     */
    public static boolean canSee(Actor actor, UnitCode owner, AgencyId agency, DataScope readScope) {
        if (actor.hasAny(DISTRICT_WIDE_READERS) || readScope.includes(owner)) {
            return true;
        }
        return isCommissionedEvaluator(actor, agency);
    }

    public static boolean canSee(Actor actor, PreAssessment assessment, DataScope readScope) {
        return canSee(actor, assessment.getUnitCode(), assessment.getAgency().orElse(null), readScope);
    }

    /**
     * Whether {@code actor} may take {@code action} on {@code assessment} (its state aside): editing and submitting are
     * the project unit's operator's; scoring finance's or the commissioned agency's evaluator's; taking up, returning
     * and concluding finance's. The service checks this rule and the answers offer by it, so what is offered is what
     * is permitted.
     */
    public static boolean permits(Actor actor, PreAssessment assessment, PreAssessmentAction action) {
        return switch (action) {
            case EDIT, SUBMIT -> isUnitOperatorOf(actor, assessment.getUnitCode());
            case SCORE -> actor.hasAny(FINANCE) || isCommissionedEvaluator(actor, assessment.getAgency().orElse(null));
            case TAKE_UP, RETURN, CONCLUDE -> actor.hasAny(FINANCE);
        };
    }

    public static void require(Actor actor, PreAssessment assessment, PreAssessmentAction action, String operation) {
        if (!permits(actor, assessment, action)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** What {@code actor} may do to {@code assessment} now: what its state allows and the actor is permitted. */
    public static List<PreAssessmentAction> offered(Actor actor, PreAssessment assessment) {
        return assessment.allowedActions().stream().filter(a -> permits(actor, assessment, a)).toList();
    }

    private static boolean isUnitOperatorOf(Actor actor, UnitCode owner) {
        return actor.has(Role.UNIT_OPERATOR) && owner.equals(actor.unit());
    }

    /** Drafting, editing and submitting: the operator of the project's unit. */
    public static void requireUnitOf(Actor actor, UnitCode owner, String operation) {
        if (!isUnitOperatorOf(actor, owner)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Taking up, commissioning, returning and concluding: the finance bureau. */
    public static void requireFinance(Actor actor, String operation) {
        if (!actor.hasAny(FINANCE)) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Scoring: finance, or an evaluator of the agency commissioned. */
    public static void requireScorer(Actor actor, PreAssessment assessment, String operation) {
        if (!actor.hasAny(FINANCE) && !isCommissionedEvaluator(actor, assessment.getAgency().orElse(null))) {
            throw new AccessDeniedException(operation);
        }
    }

    /** Publishing the criteria: finance administration only. */
    public static void requireCriteriaPublisher(Actor actor, String operation) {
        if (!actor.has(Role.FINANCE_ADMIN)) {
            throw new AccessDeniedException(operation);
        }
    }

    private static boolean isCommissionedEvaluator(Actor actor, AgencyId agency) {
        return agency != null && actor.has(Role.EVALUATOR) && agency.equals(actor.agency());
    }
}
