package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;

/** Finance administration defines a new grade scheme (its id must be new). */
public interface DefineGradeSchemeUseCase {

    GradeSchemeDetails defineGradeScheme(Actor actor, GradeScheme scheme);
}
