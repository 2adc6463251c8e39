package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores units gave themselves (单位自评) for the objects key evaluations look at: a project's evaluation by its
 * code, a department's overall evaluation by unit and year. Only evaluations with a recorded result count.
 */
public final class SelfAssessedScores {

    private final Map<ProjectCode, Score> projects;
    private final Map<String, Score> departments;

    private SelfAssessedScores(Map<ProjectCode, Score> projects, Map<String, Score> departments) {
        this.projects = new HashMap<>(projects);
        this.departments = new HashMap<>(departments);
    }

    public static SelfAssessedScores none() {
        return new SelfAssessedScores(Map.of(), Map.of());
    }

    /** Projects' self-assessed scores by project code. */
    static SelfAssessedScores fromProjects(Map<ProjectCode, Score> scores) {
        return new SelfAssessedScores(scores, Map.of());
    }

    /** Departments' overall self-assessed scores, keyed "unit@year". */
    static SelfAssessedScores fromDepartments(Map<String, Score> scores) {
        return new SelfAssessedScores(Map.of(), scores);
    }

    public static SelfAssessedScores of(Collection<SelfEvaluation> evaluations) {
        SelfAssessedScores scores = none();
        for (SelfEvaluation evaluation : evaluations) {
            evaluation.getResult().ifPresent(result -> {
                if (evaluation.getKind() == SelfEvaluationKind.DEPARTMENT_OVERALL) {
                    scores.departments.put(key(evaluation.getUnitCode(), evaluation.getFiscalYear()), result.score());
                } else {
                    evaluation.getProjectCode().ifPresent(code -> scores.projects.put(code, result.score()));
                }
            });
        }
        return scores;
    }

    /**
     * The self-assessed score of what a key evaluation evaluated: the project's; for a special fund the mean of its
     * projects' (only when every project has one, so that a fund is never compared on a part of it); the department's
     * overall one for its spending year.
     */
    public Optional<Score> of(EvaluationObject object) {
        if (object instanceof EvaluationObject.OfDepartment department) {
            return Optional.ofNullable(departments.get(key(department.department(), department.spendingYear())));
        }
        List<ProjectCode> codes = object.projects();
        List<Score> found = codes.stream().map(projects::get).filter(s -> s != null).toList();
        if (found.isEmpty() || found.size() < codes.size()) {
            return Optional.empty();
        }
        BigDecimal sum = found.stream().map(Score::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Score.roundedHalfUp(sum.divide(BigDecimal.valueOf(found.size()), 10, RoundingMode.HALF_UP)));
    }

    private static String key(UnitCode unit, FiscalYear year) {
        return unit.value() + "@" + year.value();
    }
}
