package cn.gov.daxiang.perf.application.change;

/** A changed object as saved, its new revision, and what the command answered (null for a command that answers nothing). */
public record Saved<A, T>(A aggregate, long revision, T answer) {
}
