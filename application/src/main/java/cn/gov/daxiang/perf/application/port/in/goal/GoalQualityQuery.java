package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;

import java.util.List;

/** The quality findings of a goal's current version, as submission would see them. */
public interface GoalQualityQuery {

    List<QualityFinding> qualityFindings(Actor actor, GoalId id);
}
