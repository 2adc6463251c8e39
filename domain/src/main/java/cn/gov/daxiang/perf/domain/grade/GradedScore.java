package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.scoring.Score;

import java.util.Objects;

/** A score with the grade it earned and the scheme that gave it: a grade never stands without its scheme. */
public record GradedScore(Score score, Grade grade, GradeSchemeId schemeId) {

    public GradedScore {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(schemeId, "schemeId");
    }
}
