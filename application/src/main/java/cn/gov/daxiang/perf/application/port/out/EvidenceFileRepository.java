package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Evidence files' metadata (the content is in the {@link EvidenceStore}). Rows are only ever added: a file is never
 * changed, a new upload of the same name is a new version.
 */
public interface EvidenceFileRepository {

    /**
     * Adds one version; a second file with the same owner, purpose, name and version (two uploads racing for the
     * same next version) is refused ({@code AlreadyExistsException} EVIDENCE_FILE_VERSION_TAKEN) and nothing is added.
     */
    void add(EvidenceFile file);

    Optional<EvidenceFile> findById(EvidenceFileId id);

    /** Every version of every file of the owner, by purpose, then name, then version. */
    List<EvidenceFile> findByOwner(EvidenceOwner owner);

    /** The highest version attached for the owner, purpose and name, if any. */
    OptionalInt latestVersion(EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName);
}
