package cn.gov.daxiang.perf.adapter.rest.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** An owner's files: the latest version of each, or every version when asked. */
@Schema(name = "EvidenceFileList", requiredProperties = {"owner", "allVersions", "items"})
public record EvidenceFileListResponse(EvidenceFileResponse.OwnerResponse owner, boolean allVersions, List<EvidenceFileResponse> items) {
}
