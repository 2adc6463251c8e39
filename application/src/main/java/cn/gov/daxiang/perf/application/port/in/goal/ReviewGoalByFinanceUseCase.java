package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The finance bureau's review with an audit grade: 优 passes, 良 passes after consultation, 中 returns, 差 rejects. */
public interface ReviewGoalByFinanceUseCase {

    GoalView reviewGoalByFinance(Actor actor, ReviewGoalByFinanceCommand command);
}
