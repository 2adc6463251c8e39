package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;

/** One grade scheme (GradeSchemeNotFoundException when there is none). */
public interface FindGradeSchemeQuery {

    GradeSchemeDetails findGradeScheme(Actor actor, GradeSchemeId id);
}
