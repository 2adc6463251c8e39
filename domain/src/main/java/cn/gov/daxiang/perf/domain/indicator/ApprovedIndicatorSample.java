package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Objects;
import java.util.Set;

/**
 * One indicator of the latest approved version of another project's goal, with what is known about
 * that project, so that the recommender can tell how alike the two are. One sample per goal and
 * indicator: the number of samples with the same name is the number of goals using it.
 *
 * @param projectCategory null for a department-overall goal
 * @param department      the 主管部门 of the goal's unit
 * @param industry        the industry of the goal's unit; null when unknown
 */
public record ApprovedIndicatorSample(Indicator indicator, FiscalYear fiscalYear, ProjectCategory projectCategory,
                                      Set<ProjectKind> projectKinds, UnitCode department, UnitCode unitCode,
                                      String industry) {

    public ApprovedIndicatorSample {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        projectKinds = RecommendationContext.copyOfKinds(projectKinds);
        industry = industry == null || industry.isBlank() ? null : industry.strip();
    }
}
