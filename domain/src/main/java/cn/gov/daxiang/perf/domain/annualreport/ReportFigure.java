package cn.gov.daxiang.perf.domain.annualreport;

/** The money figures of the annual report, each printed in 万元 at its own precision ({@link ReportPrecision}). */
public enum ReportFigure {
    /** Amounts with and without approved goals (goal coverage). */
    GOAL_COVERAGE_AMOUNT,
    /** The money the year's self-evaluations cover (the report: 81648.29万元, two decimals). */
    SELF_EVALUATION_MONEY,
    /** The money the key evaluations cover in total (the report: 44369.7万元, one decimal). */
    KEY_EVALUATION_TOTAL,
    /** The money per kind of key evaluation (the report gives none; two decimals, so the kinds never hide a rounding). */
    KEY_EVALUATION_BY_KIND,
    /** The money of the budget year's allocation decisions, before and after their adjustments (two decimals). */
    ALLOCATION_MONEY
}
