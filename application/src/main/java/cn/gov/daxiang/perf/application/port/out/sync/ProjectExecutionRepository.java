package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The province's latest execution figures per project. */
public interface ProjectExecutionRepository {

    List<ProjectExecution> findByCodes(Collection<ProjectCode> codes);

    Optional<ProjectExecution> findByCode(ProjectCode code);

    void save(ProjectExecution execution);

    /** As {@link #save} for many (a page of the feed); an adapter may look the stored ones up together and write in batches. */
    default void saveAll(List<ProjectExecution> executions) {
        executions.forEach(this::save);
    }
}
