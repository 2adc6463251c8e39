package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Map;

/** Files cannot be attached to (or listed for) this kind of owner yet: no access rules are known for it (HTTP 422). */
public class EvidenceOwnerTypeNotSupportedException extends RuleViolationException {

    public EvidenceOwnerTypeNotSupportedException(EvidenceOwnerType type, String supported) {
        super("EVIDENCE_OWNER_TYPE_NOT_SUPPORTED", Map.of("ownerType", type.name(), "supported", supported));
    }
}
