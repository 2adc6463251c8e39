package cn.gov.daxiang.perf.application.port.in.review;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Collection;

/** The names and departments of the units and projects of a page of submissions, in one query per kind. */
public interface SubmissionContextQuery {

    SubmissionContext submissionContext(Actor actor, Collection<UnitCode> units, Collection<ProjectCode> projects);
}
