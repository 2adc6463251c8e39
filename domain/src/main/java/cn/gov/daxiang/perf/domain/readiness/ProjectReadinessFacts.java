package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.project.Project;

import java.util.List;
import java.util.Objects;

/**
 * What the readiness checks know about a project. Build it with {@link #about} and the {@code with...}
 * methods, so that facts added for later checks (pre-assessment, allocation decision, rectifications)
 * do not break existing callers.
 *
 * @param goals the project's goals (any kind, any status); checks pick what concerns them
 */
public record ProjectReadinessFacts(Project project, List<PerformanceGoal> goals) {

    public ProjectReadinessFacts {
        Objects.requireNonNull(project, "project");
        goals = List.copyOf(goals);
    }

    public static ProjectReadinessFacts about(Project project) {
        return new ProjectReadinessFacts(project, List.of());
    }

    public ProjectReadinessFacts withGoals(List<PerformanceGoal> projectGoals) {
        return new ProjectReadinessFacts(project, projectGoals);
    }
}
