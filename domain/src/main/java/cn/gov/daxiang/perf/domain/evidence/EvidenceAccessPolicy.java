package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationAccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.util.Objects;
import java.util.Set;

/**
 * Who may attach evidence to a unit's work (a goal, a monitoring report, a self-evaluation). Seeing follows the
 * owner's own rules (whoever may see the object sees its files, everyone else gets "not found"); attaching is for
 * those who answer for the object or review it:
 * <ul>
 *   <li>the owner unit's operator (the unit backs what it declared or reported: contracts, acceptance records, photos);</li>
 *   <li>the reviewer of the department that supervises the unit, or of the unit itself when it is a department
 *       (its review notes and what it asked the unit for);</li>
 *   <li>the finance bureau (FINANCE_REVIEWER, FINANCE_ADMIN), which reviews, approves and keeps the record.</li>
 * </ul>
 * Auditors, the sync and evaluators read and never attach. Attaching is allowed whatever the object's state: a
 * file is added, never replaces one, so an approved object's record only grows.
 */
public final class EvidenceAccessPolicy {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN);

    private EvidenceAccessPolicy() {
    }

    /**
     * @param supervisingDepartment the unit's department, or null when the unit is one
     */
    public static boolean mayAttachToUnitWork(Actor actor, UnitCode owner, UnitCode supervisingDepartment) {
        if (actor.hasAny(FINANCE)) {
            return true;
        }
        if (actor.has(Role.UNIT_OPERATOR) && owner.equals(actor.unit())) {
            return true;
        }
        UnitCode department = supervisingDepartment == null ? owner : supervisingDepartment;
        return actor.has(Role.DEPT_REVIEWER) && Objects.equals(actor.unit(), department);
    }

    /**
     * A key evaluation's files (the agency's report, the score sheet, the working papers): finance, and the commissioned
     * agency's evaluators until finance accepts the report; units, which see an evaluation only once it is accepted,
     * read its files and attach none.
     */
    public static boolean mayAttachToKeyEvaluation(Actor actor, KeyEvaluation evaluation) {
        if (actor.hasAny(FINANCE)) {
            return true;
        }
        return actor.has(Role.EVALUATOR) && actor.agency() != null && evaluation.isCommissionedTo(actor.agency())
                && evaluation.getState() != KeyEvaluationState.ACCEPTED;
    }

    /**
     * An ex-ante assessment's files: the applicant unit and its department (the application's materials), finance, and
     * the commissioned agency's evaluators (their assessment report) while it is not concluded.
     *
     * @param supervisingDepartment the unit's department, or null when the unit is one
     */
    public static boolean mayAttachToPreAssessment(Actor actor, PreAssessment assessment, UnitCode supervisingDepartment) {
        if (mayAttachToUnitWork(actor, assessment.getUnitCode(), supervisingDepartment)) {
            return true;
        }
        return actor.has(Role.EVALUATOR) && assessment.getAgency().filter(a -> a.equals(actor.agency())).isPresent()
                && assessment.isOpen();
    }

    /**
     * A rectification's files: the responsible unit's operator (its evidence of the rectification, before or after it
     * reports) and finance (its verification notes). The department's reviewer and auditors read them and attach none.
     */
    public static boolean mayAttachToRectification(Actor actor, Rectification item) {
        return actor.hasAny(FINANCE) || RectificationAccessPolicy.isResponsibleOperator(actor, item);
    }
}
