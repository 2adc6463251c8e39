package cn.gov.daxiang.perf.application.port.in.evidence;

import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;

import java.io.InputStream;
import java.util.Objects;

/**
 * Attach a file to an object: the name as the client sent it (sanitised by the use case), the content as a stream
 * (read once, never whole into memory). The content type is never taken from the client.
 */
public record AttachEvidenceFileCommand(EvidenceOwner owner, EvidencePurpose purpose, String fileName, InputStream content) {

    public AttachEvidenceFileCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(content, "content");
    }
}
