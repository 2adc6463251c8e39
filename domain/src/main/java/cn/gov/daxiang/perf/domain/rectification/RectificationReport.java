package cn.gov.daxiang.perf.domain.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of the unit (整改落实情况): the text, when (the instant, and the district's day it counts for), how many
 * evidence files the rectification held then, and its lateness against the deadline (reported after the deadline day:
 * late by that many days).
 */
public record RectificationReport(int round, String text, Instant reportedAt, LocalDate reportedOn, int evidenceFiles, int daysLate) {

    public RectificationReport {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(reportedOn, "reportedOn");
        if (round < 1 || evidenceFiles < 0 || daysLate < 0) {
            throw new IllegalArgumentException("round " + round + ", files " + evidenceFiles + ", days late " + daysLate);
        }
    }

    public boolean late() {
        return daysLate > 0;
    }
}
