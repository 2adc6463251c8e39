package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a subject kind fits an object (422 otherwise): DEPARTMENT_OVERALL exactly for department objects; for a
 * project or special fund, every named project must exist and, when the kind names a {@link ProjectKind}, be of it.
 */
public final class SubjectKindRule {

    private SubjectKindRule() {
    }

    /** @param found the projects of the object that exist (by code) */
    public static void check(EvaluationObject object, SubjectKind kind, Collection<Project> found) {
        boolean department = object instanceof EvaluationObject.OfDepartment;
        if (department != (kind == SubjectKind.DEPARTMENT_OVERALL)) {
            throw new RuleViolationException("KEY_EVALUATION_SUBJECT_KIND_NOT_FOR_OBJECT",
                    Map.of("subjectKind", kind.name(), "objectKind", object.kind().name()));
        }
        Set<ProjectCode> known = found.stream().map(Project::getCode).collect(Collectors.toSet());
        List<String> unknown = object.projects().stream().filter(c -> !known.contains(c)).map(ProjectCode::value).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("KEY_EVALUATION_PROJECTS_UNKNOWN", Map.of("projectCodes", unknown));
        }
        kind.requiredProjectKind().ifPresent(required -> {
            List<String> others = found.stream().filter(p -> object.projects().contains(p.getCode()) && !p.isOfKind(required))
                    .map(p -> p.getCode().value()).sorted().toList();
            if (!others.isEmpty()) {
                throw new RuleViolationException("KEY_EVALUATION_PROJECT_NOT_OF_KIND",
                        Map.of("subjectKind", kind.name(), "projectKind", required.name(), "projectCodes", others));
            }
        });
    }
}
