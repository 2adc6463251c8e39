package cn.gov.daxiang.perf.domain.referencedata;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Budget units and projects as the provincial platform describes them, taken over together.
 * A batch is consistent on its own (no code twice) and, once {@link #checkReferences checked},
 * refers only to units that exist in the batch or already locally.
 */
public record ReferenceDataBatch(List<BudgetUnit> units, List<Project> projects) {

    public ReferenceDataBatch {
        units = List.copyOf(units);
        projects = List.copyOf(projects);
        requireUnique(units.stream().map(BudgetUnit::getCode), "DUPLICATE_UNIT_CODE", "unitCode");
        requireUnique(projects.stream().map(Project::getCode), "DUPLICATE_PROJECT_CODE", "projectCode");
    }

    /** Units ordered departments first, so that a department always exists before its subordinates. */
    public List<BudgetUnit> unitsDepartmentsFirst() {
        return units.stream()
                .sorted(Comparator.comparing((BudgetUnit u) -> !u.isDepartment()).thenComparing(BudgetUnit::getCode))
                .toList();
    }

    /** The unit codes this batch refers to but does not describe itself. */
    public Set<UnitCode> referencedUnitsOutsideBatch() {
        Set<UnitCode> described = new HashSet<>();
        units.forEach(u -> described.add(u.getCode()));
        Set<UnitCode> outside = new LinkedHashSet<>();
        units.forEach(u -> u.getSupervisingDepartment().filter(d -> !described.contains(d)).ifPresent(outside::add));
        projects.stream().map(Project::getUnitCode).filter(c -> !described.contains(c)).forEach(outside::add);
        return outside;
    }

    /**
     * Refuses the batch when a unit's supervising department or a project's unit is neither in the
     * batch nor known locally: such a record would hang in the air, so none of the batch is taken.
     */
    public void checkReferences(Predicate<UnitCode> knownLocally) {
        Set<UnitCode> described = new HashSet<>();
        units.forEach(u -> described.add(u.getCode()));
        Predicate<UnitCode> known = described::contains;
        known = known.or(knownLocally);
        for (BudgetUnit unit : units) {
            UnitCode department = unit.getSupervisingDepartment().orElse(null);
            if (department != null && !known.test(department)) {
                throw new RuleViolationException("SUPERVISING_DEPARTMENT_UNKNOWN",
                        Map.of("unitCode", unit.getCode().value(), "departmentCode", department.value()));
            }
        }
        for (Project project : projects) {
            if (!known.test(project.getUnitCode())) {
                throw new RuleViolationException("PROJECT_UNIT_UNKNOWN",
                        Map.of("projectCode", project.getCode().value(), "unitCode", project.getUnitCode().value()));
            }
        }
    }

    public Collection<UnitCode> unitCodes() {
        return units.stream().map(BudgetUnit::getCode).toList();
    }

    public Collection<ProjectCode> projectCodes() {
        return projects.stream().map(Project::getCode).toList();
    }

    private static void requireUnique(Stream<?> codes, String errorCode, String argument) {
        Set<Object> seen = new HashSet<>();
        codes.forEach(code -> {
            if (!seen.add(code)) {
                throw new RuleViolationException(errorCode, Map.of(argument, code.toString()));
            }
        });
    }
}
