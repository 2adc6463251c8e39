package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.service.VisibleKeyEvaluations;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceAccessPolicy;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Key evaluations as evidence owners: seen as the evaluation is; attached to by finance and, until acceptance, the commissioned agency. */
@ApplicationScoped
public class KeyEvaluationEvidenceOwner implements EvidenceOwnerResolver {

    private final VisibleKeyEvaluations evaluations;

    @Inject
    public KeyEvaluationEvidenceOwner(VisibleKeyEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public EvidenceOwnerType ownerType() {
        return EvidenceOwnerType.KEY_EVALUATION;
    }

    @Override
    public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
        KeyEvaluation evaluation = evaluations.load(actor, KeyEvaluationId.parse(ownerId)).evaluation();
        return VisibleEvidenceOwner.attachable(EvidenceAccessPolicy.mayAttachToKeyEvaluation(actor, evaluation));
    }
}
