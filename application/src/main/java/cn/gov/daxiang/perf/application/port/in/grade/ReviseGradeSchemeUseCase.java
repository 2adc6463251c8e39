package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;

import java.util.List;

/** Finance administration changes a scheme's name and bands, while it has graded nothing. */
public interface ReviseGradeSchemeUseCase {

    GradeSchemeDetails reviseGradeScheme(Actor actor, GradeSchemeId id, long revision, String name, List<GradeBand> bands);
}
