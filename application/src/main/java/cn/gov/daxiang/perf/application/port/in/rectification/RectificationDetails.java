package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.domain.rectification.Overdue;
import cn.gov.daxiang.perf.domain.rectification.Rectification;

import java.time.LocalDate;

/** An item as stored, with its revision (the ETag), and whether it is overdue on the district day it was read. */
public record RectificationDetails(Rectification rectification, long revision, LocalDate today, Overdue overdue) {

    public static RectificationDetails of(Rectification rectification, long revision, LocalDate today) {
        return new RectificationDetails(rectification, revision, today, rectification.overdueOn(today));
    }
}
