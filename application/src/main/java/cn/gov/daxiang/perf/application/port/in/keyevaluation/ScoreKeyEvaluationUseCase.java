package cn.gov.daxiang.perf.application.port.in.keyevaluation;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The commissioned agency's evaluator records a score sheet; all or nothing, every bad line named. */
public interface ScoreKeyEvaluationUseCase {

    KeyEvaluationDetails scoreKeyEvaluation(Actor actor, ScoreKeyEvaluationCommand command);
}
