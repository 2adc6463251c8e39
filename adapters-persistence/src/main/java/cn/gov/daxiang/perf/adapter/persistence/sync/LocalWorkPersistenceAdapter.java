package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.project.ProjectPanacheRepository;
import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The local work that makes a provincial change a conflict. Today: a unit's projects of the current or a later
 * fiscal year. Goals, monitoring reports and evaluations (their tables arrive with those features) join here:
 * a project with any of them "has local work", a unit with any open one "has open work".
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
        // No table of this branch refers to projects yet; goals (issue 4) add their query here.
        return Set.of();
    }

    @Override
    public Set<UnitCode> unitsWithOpenWork(Collection<UnitCode> codes, FiscalYear from) {
        Set<UnitCode> open = new HashSet<>();
        Chunks.of(codes.stream().map(UnitCode::value).toList()).forEach(chunk -> projects.getSession()
                .createSelectionQuery("select distinct p.unitCode from ProjectJpaEntity p where p.unitCode in :units and p.fiscalYear >= :from",
                        String.class)
                .setParameter("units", chunk).setParameter("from", from.value())
                .getResultList().forEach(code -> open.add(UnitCode.of(code))));
        return open;
    }
}
