package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.QualityFinding;

import java.util.List;

/** The unit submits its draft for review; refused while the quality checks find errors. */
public interface SubmitGoalUseCase {

    /** The submitted goal and the warnings the checks found (they do not block). */
    record Submission(GoalView goal, List<QualityFinding> warnings) {
    }

    Submission submitGoal(Actor actor, GoalId id, long revision);
}
