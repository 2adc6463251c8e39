package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No evidence file with this id, or one whose owner the caller may not see. */
public class EvidenceFileNotFoundException extends NotFoundException {

    public EvidenceFileNotFoundException(EvidenceFileId id) {
        super("EVIDENCE_FILE_NOT_FOUND", Map.of("id", id.toString()));
    }
}
