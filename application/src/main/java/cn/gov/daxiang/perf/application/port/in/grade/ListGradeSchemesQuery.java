package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;

import java.util.List;

/** Every grade scheme, ordered by id (reference data every user may read). */
public interface ListGradeSchemesQuery {

    List<GradeSchemeDetails> listGradeSchemes(Actor actor);
}
