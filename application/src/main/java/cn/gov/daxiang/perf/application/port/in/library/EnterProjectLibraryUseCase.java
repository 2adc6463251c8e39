package cn.gov.daxiang.perf.application.port.in.library;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

/**
 * Finance enters a project into the project library (入库) when the standard readiness passes; refused (422
 * PROJECT_NOT_READY) with every failing check otherwise, 409 PROJECT_ALREADY_IN_LIBRARY when it entered before.
 */
public interface EnterProjectLibraryUseCase {

    LibraryEntry enterLibrary(Actor actor, ProjectCode projectCode);
}
