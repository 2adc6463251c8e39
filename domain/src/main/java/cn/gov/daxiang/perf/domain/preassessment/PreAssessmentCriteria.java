package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/** Which assessments a list should hold; every criterion is optional (null). */
public record PreAssessmentCriteria(FiscalYear fiscalYear, ProjectCode projectCode, PreAssessmentState state,
                                    AssessmentConclusion conclusion) {

    public static PreAssessmentCriteria any() {
        return new PreAssessmentCriteria(null, null, null, null);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<ProjectCode> projectCodeFilter() {
        return Optional.ofNullable(projectCode);
    }

    public Optional<PreAssessmentState> stateFilter() {
        return Optional.ofNullable(state);
    }

    public Optional<AssessmentConclusion> conclusionFilter() {
        return Optional.ofNullable(conclusion);
    }
}
