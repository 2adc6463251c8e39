package cn.gov.daxiang.perf.application.port.in.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;

/** One version's metadata, and its content, when the actor may see its owner (not found otherwise). */
public interface FindEvidenceFileQuery {

    EvidenceFile findEvidenceFile(Actor actor, EvidenceFileId id);

    /** The file and its content; the caller closes the stream. */
    EvidenceContent openEvidenceContent(Actor actor, EvidenceFileId id);
}
