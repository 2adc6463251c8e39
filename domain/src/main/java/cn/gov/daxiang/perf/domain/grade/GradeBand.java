package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.scoring.Score;

import java.math.BigDecimal;
import java.util.Objects;

/** One band of a grade scheme: every score from {@code lowerBound} (inclusive) up to the next band's bound. */
public record GradeBand(Grade grade, BigDecimal lowerBound) {

    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        lowerBound = Score.of(Objects.requireNonNull(lowerBound, "lowerBound")).value();
    }

    public static GradeBand from(String lowerBound, Grade grade) {
        return new GradeBand(grade, new BigDecimal(lowerBound));
    }
}
