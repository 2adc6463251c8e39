package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.scoring.Score;

import java.util.Objects;

/** A level-3 indicator's score (two decimals, at most its points) with the evaluator's note (评分说明, 扣分理由). */
public record RecordedScore(String indicatorCode, Score score, String note) {

    public static final int NOTE_MAX_LENGTH = 2000;

    public RecordedScore {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(score, "score");
    }
}
