package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The goals the actor may see, by year, unit, kind, status and project; newest declarations first. */
public interface ListGoalsQuery {

    Page<GoalView> listGoals(Actor actor, GoalCriteria criteria, Paging paging);
}
