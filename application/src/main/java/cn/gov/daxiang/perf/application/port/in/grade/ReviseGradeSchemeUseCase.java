package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Finance administration changes a scheme's name and bands, while it has graded nothing. */
public interface ReviseGradeSchemeUseCase {

    GradeSchemeDetails reviseGradeScheme(Actor actor, ReviseGradeSchemeCommand command);
}
