package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One version of an evidence file (佐证材料) attached to an object: what it is (decided from its content), its size and
 * SHA-256, who attached it and when. Files of the same owner, purpose and name are versions 1, 2, 3, ...: a new upload
 * never replaces an earlier one, every version stays readable. Metadata only; the content lives in the evidence
 * store under its SHA-256. Never changed once attached.
 */
public final class EvidenceFile implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "evidence-file";

    private final EvidenceFileId id;
    private final EvidenceOwner owner;
    private final EvidencePurpose purpose;
    private final EvidenceFileName fileName;
    private final EvidenceContentType contentType;
    private final long size;
    private final Sha256 sha256;
    private final int version;
    private final ActorId uploadedBy;
    private final Instant uploadedAt;
    private final RecordedEvents events = new RecordedEvents();

    private EvidenceFile(EvidenceFileId id, EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName,
                         EvidenceContentType contentType, long size, Sha256 sha256, int version, ActorId uploadedBy, Instant uploadedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        if (size < 1) {
            throw new InvalidValueException("file", "EVIDENCE_FILE_EMPTY", Map.of());
        }
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1, not " + version);
        }
        this.version = version;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /**
     * Attaches stored content as the next version of the owner's file of this purpose and name.
     *
     * @param latestVersion the highest version already attached for the same owner, purpose and name, if any
     */
    public static EvidenceFile attach(EvidenceFileId id, EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName,
                                      EvidenceContentType contentType, long size, Sha256 sha256, OptionalInt latestVersion,
                                      ActorId uploadedBy, Instant uploadedAt) {
        EvidenceFile file = new EvidenceFile(id, owner, purpose, fileName, contentType, size, sha256, nextVersion(latestVersion),
                uploadedBy, uploadedAt);
        file.events.record(new EvidenceFileAttached(id, owner, purpose, fileName, file.version, sha256));
        return file;
    }

    public static EvidenceFile restore(EvidenceFileId id, EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName,
                                       EvidenceContentType contentType, long size, Sha256 sha256, int version, ActorId uploadedBy,
                                       Instant uploadedAt) {
        return new EvidenceFile(id, owner, purpose, fileName, contentType, size, sha256, version, uploadedBy, uploadedAt);
    }

    /** Version 1 for a new name, else one more than the latest. */
    public static int nextVersion(OptionalInt latestVersion) {
        return latestVersion.isPresent() ? latestVersion.getAsInt() + 1 : 1;
    }

    /**
     * The latest version of each file (per purpose and name), in the order of {@code files} (the first version's
     * place): what a list shows unless every version is asked for.
     */
    public static List<EvidenceFile> latestVersions(Collection<EvidenceFile> files) {
        Map<String, EvidenceFile> latest = new LinkedHashMap<>();
        for (EvidenceFile file : files) {
            latest.merge(file.purpose + "\u0000" + file.fileName.value(), file,
                    (kept, other) -> other.version > kept.version ? other : kept);
        }
        return List.copyOf(latest.values());
    }

    /** The order lists show: by purpose, then name, then version. */
    public static final Comparator<EvidenceFile> LIST_ORDER = Comparator.comparing(EvidenceFile::getPurpose)
            .thenComparing(f -> f.getFileName().value()).thenComparingInt(EvidenceFile::getVersion);

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ownerType", owner.type().name());
        fields.put("ownerId", owner.id());
        fields.put("purpose", purpose.name());
        fields.put("fileName", fileName.value());
        fields.put("contentType", contentType.mediaType());
        fields.put("size", Long.toString(size));
        fields.put("sha256", sha256.hex());
        fields.put("version", Integer.toString(version));
        fields.put("uploadedBy", uploadedBy.value());
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    public EvidenceFileId getId() {
        return id;
    }

    public EvidenceOwner getOwner() {
        return owner;
    }

    public EvidencePurpose getPurpose() {
        return purpose;
    }

    public EvidenceFileName getFileName() {
        return fileName;
    }

    public EvidenceContentType getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public Sha256 getSha256() {
        return sha256;
    }

    public int getVersion() {
        return version;
    }

    public ActorId getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
