package cn.gov.daxiang.perf.domain.indicator;

/**
 * Why an indicator is suggested to a goal, with the points each reason adds to the score. The points
 * rank what the unit itself chose or used highest, then what its industry and department use, then
 * general resemblance. Reasons marked {@code qualifying} describe a real likeness; a candidate with only
 * supporting reasons (same category, recent, popular) is not suggested at all, because in a district
 * almost every project is 特定目标类 and that alone says nothing.
 */
public enum RecommendationReason {
    /** A template the unit has chosen into its indicator system (指标体系). */
    IN_UNIT_SYSTEM(40, true),
    /** Of the same industry/function as the goal's unit. */
    SAME_INDUSTRY(30, true),
    /** Used in an approved goal of the same unit. */
    SAME_UNIT(25, true),
    /** Used in an approved goal of a unit under the same supervising department. */
    SAME_DEPARTMENT(15, true),
    /** Used in an approved goal of a project sharing a special kind (专项债券, 上级转移支付, ...). */
    SAME_KIND(15, true),
    /** A template for every industry (通用). */
    GENERAL_PURPOSE(5, true),
    /** Used in an approved goal of a project of the same category (人员类/运转类/特定目标类). */
    SAME_CATEGORY(10, false),
    /** Used in an approved goal of this fiscal year or one of the two before. */
    RECENT_YEAR(5, false),
    /** Used by two or more approved goals: 5 points per goal beyond the first, at most 20. */
    USED_BY_SEVERAL_GOALS(5, false);

    static final int MAX_USAGE_POINTS = 20;

    private final int points;
    private final boolean qualifying;

    RecommendationReason(int points, boolean qualifying) {
        this.points = points;
        this.qualifying = qualifying;
    }

    /** The points this reason adds; for {@link #USED_BY_SEVERAL_GOALS} per goal beyond the first. */
    public int points() {
        return points;
    }

    /** Whether this reason alone is enough to suggest an indicator. */
    public boolean qualifying() {
        return qualifying;
    }

    int pointsFor(int goalCount) {
        if (this == USED_BY_SEVERAL_GOALS) {
            return Math.min(MAX_USAGE_POINTS, points * Math.max(0, goalCount - 1));
        }
        return points;
    }
}
