package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The object of a key evaluation (评价对象). The money it covers is never stored with it: it is computed from the
 * projects' funds whenever it is read ({@link CoveredMoney}).
 */
public sealed interface EvaluationObject permits EvaluationObject.OfProject, EvaluationObject.OfSpecialFund, EvaluationObject.OfDepartment {

    EvaluationObjectKind kind();

    /** The projects named by the object (none for a department, whose projects are found by unit and year). */
    List<ProjectCode> projects();

    /** One project (项目). */
    record OfProject(ProjectCode project) implements EvaluationObject {
        public OfProject {
            Objects.requireNonNull(project, "project");
        }

        @Override
        public EvaluationObjectKind kind() {
            return EvaluationObjectKind.PROJECT;
        }

        @Override
        public List<ProjectCode> projects() {
            return List.of(project);
        }
    }

    /** A special fund (专项资金): a name and a non-empty set of projects, e.g. one topic's 专项债券 projects. */
    record OfSpecialFund(String name, List<ProjectCode> projects) implements EvaluationObject {

        public static final int NAME_MAX_LENGTH = 200;

        public OfSpecialFund {
            name = Texts.required("fundName", name, NAME_MAX_LENGTH);
            projects = projects == null ? List.of() : List.copyOf(new TreeSet<>(projects));
            if (projects.isEmpty()) {
                throw new InvalidValueException("projectCodes", "SPECIAL_FUND_WITHOUT_PROJECTS", Map.of("fundName", name));
            }
        }

        @Override
        public EvaluationObjectKind kind() {
            return EvaluationObjectKind.SPECIAL_FUND;
        }
    }

    /**
     * A department's overall spending (部门整体支出) in a spending year: the projects of the department and of its
     * subordinate units in that year.
     */
    record OfDepartment(UnitCode department, FiscalYear spendingYear) implements EvaluationObject {
        public OfDepartment {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(spendingYear, "spendingYear");
        }

        @Override
        public EvaluationObjectKind kind() {
            return EvaluationObjectKind.DEPARTMENT_OVERALL;
        }

        @Override
        public List<ProjectCode> projects() {
            return List.of();
        }
    }
}
