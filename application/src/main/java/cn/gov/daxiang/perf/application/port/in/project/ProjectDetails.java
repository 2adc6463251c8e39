package cn.gov.daxiang.perf.application.port.in.project;

import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.Project;

import java.util.Optional;

/** A project as the project endpoints show it: with its library entry, when it entered the library. */
public record ProjectDetails(Project project, Optional<LibraryEntry> libraryEntry) {
}
