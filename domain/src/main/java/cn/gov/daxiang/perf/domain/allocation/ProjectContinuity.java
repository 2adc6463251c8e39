package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.project.Project;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a project of budget year Y finds the decision about its evaluated predecessor. The province gives a project a
 * new code every year (the code carries the year: 43050323T…015 in 2023 is 43050324T…001 in 2024, same unit, same
 * name but for the year), so the code alone finds only a decision about the same project record. A decision applies
 * to a project when it is about the same project code, or about a project of the same unit whose name is the same once
 * a leading year ("2023年", "2023年度") is taken off both names.
 */
public final class ProjectContinuity {

    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*(19|20)\\d{2}\\s*年度?\\s*");

    private ProjectContinuity() {
    }

    /** The name without a leading year and surrounding blanks. */
    public static String continuingName(String name) {
        return name == null ? "" : LEADING_YEAR.matcher(name).replaceFirst("").strip();
    }

    public static boolean continues(AllocationObject object, Project project) {
        if (object.kind() != AllocationObjectKind.PROJECT) {
            return false;
        }
        if (project.getCode().equals(object.projectCode())) {
            return true;
        }
        String name = continuingName(project.getName());
        return object.unitCode().equals(project.getUnitCode()) && !name.isEmpty() && name.equals(continuingName(object.name()));
    }

    /** Whether {@code earlier}, a project of an earlier fiscal year, is the same work as {@code project} under last year's code. */
    public static boolean predecessorOf(Project earlier, Project project) {
        if (earlier.getFiscalYear().compareTo(project.getFiscalYear()) >= 0 || !earlier.getUnitCode().equals(project.getUnitCode())) {
            return false;
        }
        String name = continuingName(project.getName());
        return !name.isEmpty() && name.equals(continuingName(earlier.getName()));
    }

    /** The confirmed decision of the project's budget year about it or its predecessor; the latest decided if several. */
    public static Optional<AllocationDecision> confirmedFor(Project project, List<AllocationDecision> decisions) {
        return decisions.stream()
                .filter(d -> d.getState() == AllocationDecisionState.CONFIRMED)
                .filter(d -> d.getBudgetYear().equals(project.getFiscalYear()))
                .filter(d -> continues(d.getObject(), project))
                .max(java.util.Comparator.comparing((AllocationDecision d) -> d.getObject().projectCode().equals(project.getCode()))
                        .thenComparing(d -> d.getRecord().decidedAt()));
    }
}
