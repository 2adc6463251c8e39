package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** A file (one version of it) was attached to an object as evidence. */
public record EvidenceFileAttached(EvidenceFileId fileId, EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName,
                                   int version, Sha256 sha256) implements DomainEvent {

    public EvidenceFileAttached {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public String action() {
        return "create";
    }
}
