package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.service.VisibleRectifications;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceAccessPolicy;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rectification items as evidence owners: seen as the item is; attached to by the responsible unit's operator (the
 * evidence its report needs) and finance.
 */
@ApplicationScoped
public class RectificationEvidenceOwner implements EvidenceOwnerResolver {

    private final VisibleRectifications rectifications;

    @Inject
    public RectificationEvidenceOwner(VisibleRectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public EvidenceOwnerType ownerType() {
        return EvidenceOwnerType.RECTIFICATION;
    }

    @Override
    public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
        Rectification item = rectifications.load(actor, RectificationId.parse(ownerId)).rectification();
        return VisibleEvidenceOwner.attachable(EvidenceAccessPolicy.mayAttachToRectification(actor, item));
    }
}
