package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;

import java.util.List;

/** Scores of some or all criteria, each with its comment. */
public record ScorePreAssessmentCommand(PreAssessmentId id, long revision, List<CriterionScore> scores) {

    public ScorePreAssessmentCommand {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }
}
