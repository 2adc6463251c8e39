package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public class InMemoryProjectRepository implements ProjectRepository {

    public final TreeMap<ProjectCode, Project> stored = new TreeMap<>();
    public final List<ProjectCode> saves = new ArrayList<>();

    @Override
    public Optional<Project> findByCode(ProjectCode code) {
        return Optional.ofNullable(stored.get(code));
    }

    @Override
    public List<Project> findByCodes(Collection<ProjectCode> codes) {
        return codes.stream().map(stored::get).filter(p -> p != null).toList();
    }

    @Override
    public Page<Project> find(ProjectCriteria criteria, DataScope scope, Paging page) {
        List<Project> matching = stored.values().stream()
                .filter(p -> scope.includes(p.getUnitCode()))
                .filter(p -> criteria.fiscalYearFilter().map(p.getFiscalYear()::equals).orElse(true))
                .filter(p -> criteria.unitCodeFilter().map(p.getUnitCode()::equals).orElse(true))
                .filter(p -> criteria.categoryFilter().map(c -> c == p.getCategory()).orElse(true))
                .filter(p -> criteria.kindFilter().map(p::isOfKind).orElse(true))
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    @Override
    public void save(Project project) {
        stored.put(project.getCode(), project);
        saves.add(project.getCode());
    }

    @Override
    public void delete(ProjectCode code) {
        stored.remove(code);
    }
}
