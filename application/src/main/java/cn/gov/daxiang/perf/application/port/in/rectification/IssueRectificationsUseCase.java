package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

import java.util.List;

/**
 * Issues the items of an accepted key evaluation's findings that have none yet (one per finding proposing a
 * rectification, never two). Runs by itself when finance accepts an evaluation (in the acceptance's transaction); finance
 * may run it again (an evaluation accepted before rectifications existed), which issues only what is missing.
 */
public interface IssueRectificationsUseCase {

    /** @return the items issued now (none when every finding already has its item) */
    List<RectificationDetails> issueRectifications(Actor actor, KeyEvaluationId evaluation);
}
