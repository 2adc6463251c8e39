package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Evidence files' metadata in memory, in the order added. Files never change, so they are kept as given. */
public class InMemoryEvidenceFileRepository implements EvidenceFileRepository {

    private final List<EvidenceFile> files = new ArrayList<>();

    @Override
    public void add(EvidenceFile file) {
        if (files.stream().anyMatch(f -> f.getOwner().equals(file.getOwner()) && f.getPurpose() == file.getPurpose()
                && f.getFileName().equals(file.getFileName()) && f.getVersion() == file.getVersion())) {
            throw new AlreadyExistsException("EVIDENCE_FILE_VERSION_TAKEN", Map.of("fileName", file.getFileName().value(),
                    "version", file.getVersion()));
        }
        files.add(file);
    }

    @Override
    public Optional<EvidenceFile> findById(EvidenceFileId id) {
        return files.stream().filter(f -> f.getId().equals(id)).findFirst();
    }

    @Override
    public List<EvidenceFile> findByOwner(EvidenceOwner owner) {
        return files.stream().filter(f -> f.getOwner().equals(owner)).sorted(EvidenceFile.LIST_ORDER).toList();
    }

    @Override
    public OptionalInt latestVersion(EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName) {
        return files.stream().filter(f -> f.getOwner().equals(owner) && f.getPurpose() == purpose && f.getFileName().equals(fileName))
                .mapToInt(EvidenceFile::getVersion).max();
    }
}
