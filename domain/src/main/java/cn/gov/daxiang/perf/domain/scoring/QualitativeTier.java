package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.math.BigDecimal;

/**
 * The three tiers of a qualitative indicator (财预〔2020〕10号 as recalled): the evaluator picks a
 * percentage of the indicator's weight inside the tier. Ends follow the rule's wording "100%–80%（含80）,
 * 80%–60%（含60）, 60%–0": each tier includes its lower end, and only the top tier includes 100; so 80
 * is ACHIEVED, 60 is PARTLY, and a value just under a lower end belongs to the tier below.
 */
public enum QualitativeTier implements Labelled {
    /** 达成年度指标: [80, 100]. */
    ACHIEVED("达成年度指标", new BigDecimal("80"), new BigDecimal("100"), true),
    /** 部分达成并具有一定效果: [60, 80). */
    PARTLY("部分达成并具有一定效果", new BigDecimal("60"), new BigDecimal("80"), false),
    /** 未达成且效果较差: [0, 60). */
    NOT_ACHIEVED("未达成且效果较差", BigDecimal.ZERO, new BigDecimal("60"), false);

    private final String label;
    private final BigDecimal from;
    private final BigDecimal to;
    private final boolean toIncluded;

    QualitativeTier(String label, BigDecimal from, BigDecimal to, boolean toIncluded) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.toIncluded = toIncluded;
    }

    @Override
    public String label() {
        return label;
    }

    /** Lowest percentage of the weight in this tier, included. */
    public BigDecimal from() {
        return from;
    }

    /** Highest percentage of the weight in this tier; included only for {@link #ACHIEVED}. */
    public BigDecimal to() {
        return to;
    }

    public boolean includesTo() {
        return toIncluded;
    }

    public boolean contains(BigDecimal percentage) {
        int upper = percentage.compareTo(to);
        return percentage.compareTo(from) >= 0 && (toIncluded ? upper <= 0 : upper < 0);
    }

    /** The tier a percentage falls in. */
    public static QualitativeTier of(BigDecimal percentage) {
        for (QualitativeTier tier : values()) {
            if (tier.contains(percentage)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("no tier holds " + percentage);
    }
}
