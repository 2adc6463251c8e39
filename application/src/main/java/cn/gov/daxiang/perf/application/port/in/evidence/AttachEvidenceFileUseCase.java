package cn.gov.daxiang.perf.application.port.in.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;

/**
 * Attaches a file as evidence to an object the actor may see (not found otherwise) and attach to (forbidden
 * otherwise): its type decided from its content, its size within the limit, its SHA-256 recorded, the next version
 * of the same owner, purpose and name.
 */
public interface AttachEvidenceFileUseCase {

    EvidenceFile attachEvidenceFile(Actor actor, AttachEvidenceFileCommand command);
}
