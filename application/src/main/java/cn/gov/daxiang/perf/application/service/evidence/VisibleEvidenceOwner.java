package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;

import java.util.EnumSet;
import java.util.Set;

/**
 * An evidence owner the actor may see, as its resolver found it, with the purposes the actor may attach files for
 * (none: it may only list and download). Per purpose so that an owner can say, e.g., that only the commissioned
 * agency attaches the AGENCY_REPORT and SCORE_SHEET of a key evaluation while finance attaches anything.
 */
public record VisibleEvidenceOwner(Set<EvidencePurpose> attachablePurposes) {

    public VisibleEvidenceOwner {
        attachablePurposes = attachablePurposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attachablePurposes));
    }

    /** Every purpose when {@code mayAttach}, else none. */
    public static VisibleEvidenceOwner attachable(boolean mayAttach) {
        return new VisibleEvidenceOwner(mayAttach ? EnumSet.allOf(EvidencePurpose.class) : Set.of());
    }

    public boolean mayAttach(EvidencePurpose purpose) {
        return attachablePurposes.contains(purpose);
    }
}
