package cn.gov.daxiang.perf.adapter.rest.evidence;

import java.util.List;

/** An owner's files: the latest version of each, or every version when asked. */
public record EvidenceFileListResponse(EvidenceFileResponse.OwnerResponse owner, boolean allVersions, List<EvidenceFileResponse> items) {
}
