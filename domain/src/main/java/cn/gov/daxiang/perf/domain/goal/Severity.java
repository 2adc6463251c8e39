package cn.gov.daxiang.perf.domain.goal;

/** How much a quality finding weighs. */
public enum Severity {
    /** The goal cannot be submitted until it is fixed. */
    ERROR,
    /** Shown to the unit and the reviewers; does not block submission. */
    WARNING
}
