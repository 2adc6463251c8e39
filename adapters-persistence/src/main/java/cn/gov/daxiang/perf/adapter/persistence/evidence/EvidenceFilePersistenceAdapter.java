package cn.gov.daxiang.perf.adapter.persistence.evidence;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.application.port.out.EvidenceFileRepository;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Evidence files' metadata in table evidence_file (V33). */
@ApplicationScoped
public class EvidenceFilePersistenceAdapter implements EvidenceFileRepository {

    private final EvidenceFilePanacheRepository rows;
    private final EvidenceFilePersistenceMapper mapper;

    @Inject
    public EvidenceFilePersistenceAdapter(EvidenceFilePanacheRepository rows, EvidenceFilePersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void add(EvidenceFile file) {
        rows.persist(mapper.toEntity(file));
        try {
            rows.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_evidence_file_version")) {
                throw new AlreadyExistsException("EVIDENCE_FILE_VERSION_TAKEN",
                        Map.of("fileName", file.getFileName().value(), "version", file.getVersion()));
            }
            throw e;
        }
    }

    @Override
    public Optional<EvidenceFile> findById(EvidenceFileId id) {
        return rows.find("fileId", id.value()).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public List<EvidenceFile> findByOwner(EvidenceOwner owner) {
        // Ordered here as the domain orders (purpose by its declaration, then name, then version): names compare by
        // the database's collation, which need not be Java's.
        return rows.list("ownerType = ?1 and ownerId = ?2", Sort.by("id"), owner.type().name(), owner.id()).stream()
                .map(mapper::toDomain).sorted(EvidenceFile.LIST_ORDER).toList();
    }

    @Override
    public OptionalInt latestVersion(EvidenceOwner owner, EvidencePurpose purpose, EvidenceFileName fileName) {
        Integer latest = rows.getEntityManager().createQuery("select max(e.fileVersion) from EvidenceFileJpaEntity e where e.ownerType = :type "
                        + "and e.ownerId = :owner and e.purpose = :purpose and e.fileName = :name", Integer.class)
                .setParameter("type", owner.type().name()).setParameter("owner", owner.id()).setParameter("purpose", purpose.name())
                .setParameter("name", fileName.value()).getSingleResult();
        return latest == null ? OptionalInt.empty() : OptionalInt.of(latest);
    }
}
