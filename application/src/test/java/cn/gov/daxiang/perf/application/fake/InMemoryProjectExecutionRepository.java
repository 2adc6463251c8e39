package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The latest figures per project; saving again replaces them. */
public class InMemoryProjectExecutionRepository implements ProjectExecutionRepository {

    private final Map<ProjectCode, ProjectExecution> stored = new LinkedHashMap<>();

    @Override
    public List<ProjectExecution> findByCodes(Collection<ProjectCode> codes) {
        return codes.stream().distinct().map(stored::get).filter(e -> e != null).toList();
    }

    @Override
    public Optional<ProjectExecution> findByCode(ProjectCode code) {
        return Optional.ofNullable(stored.get(code));
    }

    @Override
    public void save(ProjectExecution execution) {
        stored.put(execution.projectCode(), execution);
    }
}
