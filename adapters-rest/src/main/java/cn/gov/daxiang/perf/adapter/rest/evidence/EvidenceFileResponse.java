package cn.gov.daxiang.perf.adapter.rest.evidence;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;

/**
 * One version of an evidence file as the API shows it.
 *
 * @param contentType the type decided from the content (never what the client declared)
 * @param size        bytes
 * @param sha256      the content's SHA-256, 64 lower-case hex digits (also the download's ETag)
 * @param version     1 for the first upload of this owner, purpose and name, then 2, 3, ...
 */
@Schema(name = "EvidenceFile", requiredProperties = {"id", "owner", "purpose", "fileName", "contentType", "size", "sha256", "version",
        "uploadedBy", "uploadedAt", "contentUrl"})
public record EvidenceFileResponse(String id, OwnerResponse owner, Coded<EvidencePurpose> purpose, String fileName, String contentType,
                                   long size, String sha256, int version, String uploadedBy, Instant uploadedAt, String contentUrl) {

    /** The object the file belongs to. */
    @Schema(name = "EvidenceOwner", requiredProperties = {"type", "id"})
    public record OwnerResponse(Coded<EvidenceOwnerType> type, String id) {
    }
}
