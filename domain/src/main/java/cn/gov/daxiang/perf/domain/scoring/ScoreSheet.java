package cn.gov.daxiang.perf.domain.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A computed self-evaluation table (自评表): the execution-rate line and one line per indicator, in the
 * goal's order. The total is the sum of the lines' rounded scores, so it always agrees with what the
 * table shows line by line.
 */
public record ScoreSheet(ExecutionScore execution, List<IndicatorScore> indicators) {

    public ScoreSheet {
        Objects.requireNonNull(execution, "execution");
        indicators = List.copyOf(indicators);
    }

    /** 总分 = Σ 得分. */
    public Score total() {
        return indicators.stream().map(IndicatorScore::score).reduce(execution.score(), Score::plus);
    }

    public Optional<IndicatorScore> indicator(UUID indicatorId) {
        return indicators.stream().filter(i -> i.indicatorId().equals(indicatorId)).findFirst();
    }

    /** The indicators that did not reach their target, in the goal's order. */
    public List<UUID> unmetIndicators() {
        return indicators.stream().filter(i -> !i.met()).map(IndicatorScore::indicatorId).toList();
    }
}
