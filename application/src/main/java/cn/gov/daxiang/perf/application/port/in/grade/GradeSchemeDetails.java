package cn.gov.daxiang.perf.application.port.in.grade;

import cn.gov.daxiang.perf.domain.grade.GradeScheme;

/** A grade scheme as stored: its revision (the ETag a change must name) and how many recorded grades name it. */
public record GradeSchemeDetails(GradeScheme scheme, long revision, long gradesGiven) {

    /** A scheme that has graded anything can no longer change. */
    public boolean isFrozen() {
        return gradesGiven > 0;
    }
}
