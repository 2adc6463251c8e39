package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.goal.OpenLocalWork;

import java.util.Collection;
import java.util.Set;

/**
 * What the district has built on provincial records: the facts conflict detection needs. Each feature that
 * hangs work on projects or units (goals, monitoring, evaluations, ...) extends the implementation with its tables.
 */
public interface LocalWorkLookup {

    /** The projects among {@code codes} that goals, monitoring reports or evaluations of the district refer to. */
    Set<ProjectCode> projectsWithLocalWork(Collection<ProjectCode> codes);

    /** The units among {@code codes} that have {@linkplain OpenLocalWork open local work}. */
    Set<UnitCode> unitsWithOpenWork(Collection<UnitCode> codes, OpenLocalWork openWork);
}
