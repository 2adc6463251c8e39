package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Objects;

/**
 * A similar project, whose approved indicators are worth showing as samples: another project (never the one being
 * planned) that is of the same category, or is run by the same department (a unit it supervises, or the department
 * itself), or by the same unit.
 *
 * @param category   the planned project's category; null when the goal has no project (then no category matches)
 * @param department the planning unit's supervising department; null for a unit without one (then the unit is its own)
 * @param excluding  the planned project, never its own sample; null when the goal has no project
 */
public record SimilarProject(ProjectCategory category, UnitCode department, UnitCode unit, ProjectCode excluding) {

    public SimilarProject {
        Objects.requireNonNull(unit, "unit");
        department = department == null ? unit : department;
    }

    /**
     * Whether a sample project is similar.
     *
     * @param sampleDepartment the sample unit's supervising department, null when it has none
     */
    public boolean matches(ProjectCode sampleProject, ProjectCategory sampleCategory, UnitCode sampleUnit, UnitCode sampleDepartment) {
        if (sampleProject.equals(excluding)) {
            return false;
        }
        return category != null && category == sampleCategory
                || department.equals(sampleDepartment) || department.equals(sampleUnit)
                || unit.equals(sampleUnit);
    }
}
