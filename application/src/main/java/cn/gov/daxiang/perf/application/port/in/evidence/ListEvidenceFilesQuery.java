package cn.gov.daxiang.perf.application.port.in.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;

import java.util.List;

/** The files of an object the actor may see (not found otherwise): the latest version of each, or every version. */
public interface ListEvidenceFilesQuery {

    List<EvidenceFile> listEvidenceFiles(Actor actor, EvidenceOwner owner, boolean allVersions);
}
