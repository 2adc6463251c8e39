package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorRecommendation;

import java.util.List;

/** Indicators to consider for a goal, from the library and from approved goals of similar projects, ranked. */
public interface IndicatorRecommendationsQuery {

    /** @param industry the goal's industry or function (行业/职能) when the caller knows it, or null */
    List<IndicatorRecommendation> recommendIndicators(Actor actor, GoalId id, String industry, int limit);
}
