package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Projects' entries into the project library (入库), one per project, never changed. */
public interface LibraryEntryRepository {

    Optional<LibraryEntry> findByProject(ProjectCode projectCode);

    /** The entries of those of {@code codes} that entered, in no particular order. */
    List<LibraryEntry> findByProjects(Collection<ProjectCode> codes);

    /**
     * @return the entry's revision
     * @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException PROJECT_ALREADY_IN_LIBRARY for a project that entered before
     */
    long add(LibraryEntry entry);
}
