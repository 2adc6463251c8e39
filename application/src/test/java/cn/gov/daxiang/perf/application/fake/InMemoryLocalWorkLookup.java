package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.goal.OpenLocalWork;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The local work read from the goal and project fakes, as the adapter reads it from their tables. */
public class InMemoryLocalWorkLookup implements LocalWorkLookup {

    private final InMemoryGoalRepository goals;
    private final InMemoryProjectRepository projects;

    public InMemoryLocalWorkLookup(InMemoryGoalRepository goals, InMemoryProjectRepository projects) {
        this.goals = goals;
        this.projects = projects;
    }

    @Override
    public Set<ProjectCode> projectsWithLocalWork(Collection<ProjectCode> codes) {
        Set<ProjectCode> wanted = new HashSet<>(codes);
        return goals.all().stream().flatMap(g -> g.getProjectCode().stream()).filter(wanted::contains).collect(Collectors.toSet());
    }

    @Override
    public Set<UnitCode> unitsWithOpenWork(Collection<UnitCode> codes, OpenLocalWork openWork) {
        Set<UnitCode> wanted = new HashSet<>(codes);
        Set<UnitCode> open = projects.stored.values().stream()
                .filter(p -> wanted.contains(p.getUnitCode()) && openWork.counts(p))
                .map(p -> p.getUnitCode()).collect(Collectors.toCollection(HashSet::new));
        goals.all().stream().filter(g -> wanted.contains(g.getUnitCode()) && openWork.counts(g)).forEach(g -> open.add(g.getUnitCode()));
        return open;
    }
}
