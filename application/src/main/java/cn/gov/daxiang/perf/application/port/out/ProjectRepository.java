package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProjectRepository {

    Optional<Project> findByCode(ProjectCode code);

    /** The projects among {@code codes} that exist, in one round trip. */
    List<Project> findByCodes(Collection<ProjectCode> codes);

    /** The matching projects of units within {@code scope}. */
    Page<Project> find(ProjectCriteria criteria, DataScope scope, Paging page);

    /** Inserts a new project or writes the changes of a known one. */
    void save(Project project);

    /** As {@link #save} for many, in order; an adapter may look the stored ones up together and write in batches. */
    default void saveAll(List<Project> projects) {
        projects.forEach(this::save);
    }

    /** Removes a project (only ever after a person accepted the province's deletion of it). */
    void delete(ProjectCode code);
}
