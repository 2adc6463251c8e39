package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Optional;

/**
 * Something that should have an approved goal and has none (查缺补漏).
 *
 * @param projectCode null for a unit without a department-overall goal
 */
public record CoverageGap(CoverageCategory category, UnitCode unitCode, ProjectCode projectCode, Money amount) {

    public Optional<ProjectCode> project() {
        return Optional.ofNullable(projectCode);
    }
}
