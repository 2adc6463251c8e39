package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One entry per project, kept as entered. */
public class InMemoryLibraryEntryRepository implements LibraryEntryRepository {

    private final Map<ProjectCode, LibraryEntry> stored = new LinkedHashMap<>();

    @Override
    public Optional<LibraryEntry> findByProject(ProjectCode projectCode) {
        return Optional.ofNullable(stored.get(projectCode)).map(InMemoryLibraryEntryRepository::copy);
    }

    @Override
    public List<LibraryEntry> findByProjects(Collection<ProjectCode> codes) {
        return codes.stream().distinct().map(stored::get).filter(Objects::nonNull).map(InMemoryLibraryEntryRepository::copy).toList();
    }

    @Override
    public long add(LibraryEntry entry) {
        if (stored.containsKey(entry.getProjectCode())) {
            throw new AlreadyExistsException("PROJECT_ALREADY_IN_LIBRARY", Map.of("projectCode", entry.getProjectCode().value()));
        }
        stored.put(entry.getProjectCode(), copy(entry));
        return 0;
    }

    private static LibraryEntry copy(LibraryEntry e) {
        return LibraryEntry.restore(e.getProjectCode(), e.getUnitCode(), e.getEnteredBy(), e.getEnteredAt(), e.getReadiness());
    }
}
