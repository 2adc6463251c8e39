package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.service.VisibleGoals;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceAccessPolicy;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Goals as evidence owners: seen as the goal is (its unit, the unit's department, finance, auditors, the sync, and the
 * evaluator of the agency assigned to review it); attached to by the unit's operator, its department's reviewer and
 * finance ({@link EvidenceAccessPolicy}).
 */
@ApplicationScoped
public class GoalEvidenceOwner implements EvidenceOwnerResolver {

    private final VisibleGoals goals;

    @Inject
    public GoalEvidenceOwner(VisibleGoals goals) {
        this.goals = goals;
    }

    @Override
    public EvidenceOwnerType ownerType() {
        return EvidenceOwnerType.GOAL;
    }

    @Override
    public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
        GoalDetails goal = goals.load(actor, GoalId.of(ownerId));
        return VisibleEvidenceOwner.attachable(EvidenceAccessPolicy.mayAttachToUnitWork(actor, goal.goal().getUnitCode(),
                goals.departmentOf(goal.goal())));
    }
}
