package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.service.Departments;
import cn.gov.daxiang.perf.application.service.VisibleSelfEvaluations;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.evidence.EvidenceAccessPolicy;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Self-evaluations as evidence owners: seen as the evaluation is, attached to by its unit, the unit's department and finance. */
@ApplicationScoped
public class SelfEvaluationEvidenceOwner implements EvidenceOwnerResolver {

    private final VisibleSelfEvaluations evaluations;
    private final Departments departments;

    @Inject
    public SelfEvaluationEvidenceOwner(VisibleSelfEvaluations evaluations, Departments departments) {
        this.evaluations = evaluations;
        this.departments = departments;
    }

    @Override
    public EvidenceOwnerType ownerType() {
        return EvidenceOwnerType.SELF_EVALUATION;
    }

    @Override
    public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
        UnitCode unit = evaluations.load(actor, SelfEvaluationId.parse(ownerId)).evaluation().getUnitCode();
        return VisibleEvidenceOwner.attachable(EvidenceAccessPolicy.mayAttachToUnitWork(actor, unit, departments.departmentOf(unit)));
    }
}
