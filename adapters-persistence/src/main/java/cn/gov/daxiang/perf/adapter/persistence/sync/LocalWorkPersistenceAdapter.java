package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.project.ProjectPanacheRepository;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.goal.OpenLocalWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local work that makes a provincial change a conflict: a project with a goal "has local work"; a unit "has
 * open work" in the sense of {@link OpenLocalWork}. Monitoring reports and evaluations join here as they hang on goals.
 */
@ApplicationScoped
public class LocalWorkPersistenceAdapter implements LocalWorkLookup {

    private final ProjectPanacheRepository projects;

    @Inject
    public LocalWorkPersistenceAdapter(ProjectPanacheRepository projects) {
        this.projects = projects;
    }

    @Override
    public Set<ProjectCode> projectsWithLocalWork(Collection<ProjectCode> codes) {
        Set<ProjectCode> withWork = new HashSet<>();
        Chunks.of(codes.stream().map(ProjectCode::value).toList()).forEach(chunk -> projects.getSession()
                .createSelectionQuery("select distinct g.projectCode from PerformanceGoalJpaEntity g where g.projectCode in :codes",
                        String.class)
                .setParameter("codes", chunk)
                .getResultList().forEach(code -> withWork.add(ProjectCode.of(code))));
        return withWork;
    }

    @Override
    public Set<UnitCode> unitsWithOpenWork(Collection<UnitCode> codes, OpenLocalWork openWork) {
        List<String> openStatuses = OpenLocalWork.openGoalStatuses().stream().map(Enum::name).sorted().toList();
        Set<UnitCode> open = new HashSet<>();
        Chunks.of(codes.stream().map(UnitCode::value).toList()).forEach(chunk -> projects.getSession()
                .createSelectionQuery("select distinct p.unitCode from ProjectJpaEntity p where p.unitCode in :units and p.fiscalYear >= :from",
                        String.class)
                .setParameter("units", chunk).setParameter("from", openWork.from().value())
                .getResultList().forEach(code -> open.add(UnitCode.of(code))));
        Chunks.of(codes.stream().map(UnitCode::value).toList()).forEach(chunk -> projects.getSession()
                .createSelectionQuery("select distinct g.unitCode from PerformanceGoalJpaEntity g where g.unitCode in :units"
                        + " and g.currentStatus in :open", String.class)
                .setParameter("units", chunk).setParameter("open", openStatuses)
                .getResultList().forEach(code -> open.add(UnitCode.of(code))));
        return open;
    }
}
