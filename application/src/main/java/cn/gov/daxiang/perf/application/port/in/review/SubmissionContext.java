package cn.gov.daxiang.perf.application.port.in.review;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewActionPolicy;
import cn.gov.daxiang.perf.domain.review.ReviewState;

import java.util.List;
import java.util.Map;

/**
 * What a page of units' submissions (monitoring reports, self-evaluations) needs beside the aggregates, read once per
 * page: the names a table shows and each unit's supervising department, so that every row's {@code allowedActions}
 * are the caller's (the same {@link ReviewActionPolicy} the use cases enforce).
 *
 * @param departments the supervising department of each unit that has one
 */
public record SubmissionContext(Actor actor, Map<UnitCode, String> unitNames, Map<ProjectCode, String> projectNames,
                                Map<UnitCode, UnitCode> departments) {

    public SubmissionContext {
        unitNames = Map.copyOf(unitNames);
        projectNames = Map.copyOf(projectNames);
        departments = Map.copyOf(departments);
    }

    public String unitName(UnitCode unit) {
        return unitNames.get(unit);
    }

    /** null for no project (a department's overall spending). */
    public String projectName(ProjectCode project) {
        return project == null ? null : projectNames.get(project);
    }

    /** What the caller may do now to a submission of {@code owner} in {@code state}. */
    public List<ReviewAction> offered(ReviewState state, UnitCode owner) {
        return ReviewActionPolicy.offered(actor, state, owner, departments.get(owner));
    }
}
