package cn.gov.daxiang.perf.adapter.rest.evidence;

import java.time.Instant;

/**
 * One version of an evidence file as the API shows it.
 *
 * @param contentType the type decided from the content (never what the client declared)
 * @param size        bytes
 * @param sha256      the content's SHA-256, 64 lower-case hex digits (also the download's ETag)
 * @param version     1 for the first upload of this owner, purpose and name, then 2, 3, ...
 */
public record EvidenceFileResponse(String id, OwnerResponse owner, String purpose, String purposeLabel, String fileName, String contentType,
                                   long size, String sha256, int version, String uploadedBy, Instant uploadedAt, String contentUrl) {

    /** The object the file belongs to. */
    public record OwnerResponse(String type, String id) {
    }
}
