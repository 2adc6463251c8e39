package cn.gov.daxiang.perf.application.port.in.arrangement;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

/** A project's arrangement, for whoever may see the project (ProjectNotFoundException otherwise). */
public interface FindBudgetArrangementQuery {

    BudgetArrangementView findBudgetArrangement(Actor actor, ProjectCode projectCode);
}
