package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the recommender knows about the goal it suggests indicators for.
 *
 * @param projectCategory       null for a department-overall goal
 * @param supervisingDepartment the unit's 主管部门, or the unit itself when it is a department
 * @param industry              the unit's industry/function; null when unknown
 * @param existingNames         names of the indicators the goal already has (never suggested again)
 * @param unitSystem            the templates in the unit's indicator system
 */
public record RecommendationContext(FiscalYear fiscalYear, ProjectCategory projectCategory, Set<ProjectKind> projectKinds,
                                    UnitCode supervisingDepartment, UnitCode unitCode, String industry,
                                    List<String> existingNames, Set<TemplateId> unitSystem) {

    public RecommendationContext {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        projectKinds = copyOfKinds(projectKinds);
        industry = industry == null || industry.isBlank() ? null : industry.strip();
        existingNames = existingNames == null ? List.of() : List.copyOf(existingNames);
        unitSystem = unitSystem == null ? Set.of() : Set.copyOf(unitSystem);
    }

    static Set<ProjectKind> copyOfKinds(Collection<ProjectKind> kinds) {
        return kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }
}
