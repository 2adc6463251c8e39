package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.DomainException;

import java.util.Map;

/** Content that is not accepted as evidence (HTTP 415), naming what it was found to be and what is accepted. */
public class EvidenceContentRefusedException extends DomainException {

    private final String detected;

    public EvidenceContentRefusedException(String detected) {
        super("EVIDENCE_CONTENT_TYPE_REFUSED", Map.of("detected", detected, "accepted", EvidenceContentTypes.ACCEPTED));
        this.detected = detected;
    }

    public String detected() {
        return detected;
    }
}
