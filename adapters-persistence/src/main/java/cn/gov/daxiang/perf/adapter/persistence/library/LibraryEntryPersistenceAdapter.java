package cn.gov.daxiang.perf.adapter.persistence.library;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Library entries, one row per project; the unique project code turns a second entry into 409, not 500. */
@ApplicationScoped
public class LibraryEntryPersistenceAdapter implements LibraryEntryRepository {

    private final LibraryEntryPanacheRepository rows;
    private final LibraryEntryPersistenceMapper mapper;

    @Inject
    public LibraryEntryPersistenceAdapter(LibraryEntryPanacheRepository rows, LibraryEntryPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<LibraryEntry> findByProject(ProjectCode projectCode) {
        return rows.find("projectCode", projectCode.value()).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public List<LibraryEntry> findByProjects(Collection<ProjectCode> codes) {
        return Chunks.of(codes.stream().map(ProjectCode::value).distinct().toList())
                .flatMap(chunk -> rows.list("projectCode in ?1", chunk).stream())
                .map(mapper::toDomain).toList();
    }

    @Override
    public long add(LibraryEntry entry) {
        if (rows.count("projectCode", entry.getProjectCode().value()) > 0) {
            throw alreadyIn(entry);
        }
        LibraryEntryJpaEntity row = mapper.toRow(entry);
        rows.persist(row);
        try {
            rows.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_library_entry_project")) {
                throw alreadyIn(entry);
            }
            throw e;
        }
        return row.version;
    }

    private static AlreadyExistsException alreadyIn(LibraryEntry entry) {
        return new AlreadyExistsException("PROJECT_ALREADY_IN_LIBRARY", Map.of("projectCode", entry.getProjectCode().value()));
    }
}
