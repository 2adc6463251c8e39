package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.rectification.Overdue;
import cn.gov.daxiang.perf.domain.rectification.Rectification;

import java.time.LocalDate;

/**
 * An item as stored, with its revision (the ETag), whether it is overdue on the district day it was read, and the
 * names a table shows beside the codes: the responsible unit's and the project's (null for a unit's overall spending).
 */
public record RectificationDetails(Rectification rectification, long revision, LocalDate today, Overdue overdue, String unitName,
                                   String projectName) {

    /** Without names yet: {@code RectificationNames} adds them, one lookup per list. */
    public static RectificationDetails of(Rectification rectification, long revision, LocalDate today) {
        return new RectificationDetails(rectification, revision, today, rectification.overdueOn(today), null, null);
    }

    public RectificationDetails named(String unitName, String projectName) {
        return new RectificationDetails(rectification, revision, today, overdue, unitName, projectName);
    }
}
