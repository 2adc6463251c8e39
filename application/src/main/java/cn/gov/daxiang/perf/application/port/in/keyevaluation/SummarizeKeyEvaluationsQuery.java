package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/** The year's accepted key evaluations as the annual report states them, computed on request from what the caller may see. */
public interface SummarizeKeyEvaluationsQuery {

    KeyEvaluationSummary summarizeKeyEvaluations(Actor actor, FiscalYear fiscalYear);
}
