package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/** Goal coverage (全覆盖) of a year within the actor's scope: what lacks an approved goal, counts and amounts. */
public interface GoalCoverageQuery {

    GoalCoverageView goalCoverage(Actor actor, FiscalYear year);
}
