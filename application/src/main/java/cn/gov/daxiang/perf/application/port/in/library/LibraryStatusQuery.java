package cn.gov.daxiang.perf.application.port.in.library;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Whether projects entered the library: absent means NOT_ENTERED. */
public interface LibraryStatusQuery {

    /** The entry of a project the caller may see (404 PROJECT_NOT_FOUND otherwise), if it entered. */
    Optional<LibraryEntry> libraryEntry(Actor actor, ProjectCode projectCode);

    /** The entries of projects the caller has already been shown (a page of the project list), by project code. */
    Map<ProjectCode, LibraryEntry> libraryEntries(Collection<ProjectCode> projectCodes);
}
