package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What finance decides when it plans a key evaluation.
 *
 * @param fiscalYear the plan year: the year the bureau carries the evaluation out (2024 for the 2024 report's 11)
 * @param dueDate    when the agency's report is due (lateness is counted against it)
 */
public record KeyEvaluationPlan(String title, FiscalYear fiscalYear, EvaluationObject object, SubjectKind subjectKind, LocalDate dueDate) {

    public static final int TITLE_MAX_LENGTH = 200;

    public KeyEvaluationPlan {
        title = Texts.required("title", title, TITLE_MAX_LENGTH);
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
