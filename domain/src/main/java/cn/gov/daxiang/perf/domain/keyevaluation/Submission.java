package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;
import java.util.Objects;

/** One submission of the agency's report: its round (1 for the first), when and by whom, and the score and grade it gave. */
public record Submission(int round, Instant submittedAt, ActorId submittedBy, GradedScore result) {

    public Submission {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(result, "result");
    }
}
