package cn.gov.daxiang.perf.application.port.in.selfevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.selfevaluation.ScoreCheckReport;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/**
 * Recomputes every graded self-evaluation of a year from its stored entries and compares the results with
 * the recorded ones (finance and auditors).
 */
public interface CheckSelfEvaluationScoresQuery {

    ScoreCheckReport checkSelfEvaluationScores(Actor actor, FiscalYear fiscalYear);
}
