package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Optional;

/** Which key evaluations a list should hold. Every criterion is optional (null); an absent one matches all. */
public record KeyEvaluationCriteria(FiscalYear fiscalYear, KeyEvaluationState state, AgencyId agency, SubjectKind subjectKind) {

    public static KeyEvaluationCriteria any() {
        return new KeyEvaluationCriteria(null, null, null, null);
    }

    public Optional<FiscalYear> fiscalYearFilter() {
        return Optional.ofNullable(fiscalYear);
    }

    public Optional<KeyEvaluationState> stateFilter() {
        return Optional.ofNullable(state);
    }

    public Optional<AgencyId> agencyFilter() {
        return Optional.ofNullable(agency);
    }

    public Optional<SubjectKind> subjectKindFilter() {
        return Optional.ofNullable(subjectKind);
    }

    /** Whether an evaluation matches (the in-memory fake filters with it; the JPA adapter translates it to SQL). */
    public boolean matches(KeyEvaluation evaluation) {
        return (fiscalYear == null || fiscalYear.equals(evaluation.getFiscalYear()))
                && (state == null || state == evaluation.getState())
                && (agency == null || evaluation.isCommissionedTo(agency))
                && (subjectKind == null || subjectKind == evaluation.getSubjectKind());
    }
}
