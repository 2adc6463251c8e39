package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/** The grade a score earns in an evaluation type and year under the configured catalog, with the scheme that gives it. */
public interface GradeScoreQuery {

    GradedScore gradeScore(Actor actor, EvaluationType type, FiscalYear fiscalYear, Score score);
}
