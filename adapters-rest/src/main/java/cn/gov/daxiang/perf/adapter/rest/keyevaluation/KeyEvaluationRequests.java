package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Request bodies of key evaluations and evaluation frameworks. */
public final class KeyEvaluationRequests {

    private KeyEvaluationRequests() {
    }

    /** One indicator of a tree: level-1 and level-2 with children (their points are the children's sum), level-3 with points. */
    public record IndicatorRequest(String code, String name, BigDecimal points, String guidance, List<IndicatorRequest> children) {
    }

    /** The next version of a framework: name, PROJECT or DEPARTMENT_OVERALL, the tree, the result-oriented level-1 codes. */
    public record PublishFrameworkRequest(String name, String objectKind, List<IndicatorRequest> indicators, List<String> resultGroups) {
    }

    /**
     * What is evaluated: {@code kind} PROJECT (projectCode), SPECIAL_FUND (fundName and projectCodes) or DEPARTMENT_OVERALL
     * (departmentCode and spendingYear, by default the plan year − 1).
     */
    public record ObjectRequest(String kind, String projectCode, String fundName, List<String> projectCodes, String departmentCode,
                                Integer spendingYear) {
    }

    /** A new key evaluation: fiscalYear is the plan year (the year the bureau carries it out). */
    public record PlanKeyEvaluationRequest(String title, Integer fiscalYear, ObjectRequest object, String subjectKind, String dueDate) {
    }

    public record CommissionRequest(String agencyId) {
    }

    /**
     * A framework version to copy in, optionally with other points for some level-3 indicators (code → points) or with an
     * indicator tree of the evaluation's own (adjusted indicators); not both.
     */
    public record SetFrameworkRequest(String frameworkCode, Integer version, Map<String, BigDecimal> points, List<IndicatorRequest> indicators) {
    }

    /** One line of a score sheet. */
    public record ScoreRequest(String indicatorCode, BigDecimal score, String note) {
    }

    public record ScoresRequest(List<ScoreRequest> scores) {
    }

    /** A rectification a finding proposes; without a deadline, acceptance sets the default (60 days). */
    public record RectificationRequest(String responsibleUnitCode, String deadline) {
    }

    public record FindingRequest(String text, String indicatorCode, RectificationRequest rectification) {
    }

    public record SuggestionRequest(String text, String indicatorCode) {
    }

    public record FindingsRequest(List<FindingRequest> findings, List<SuggestionRequest> suggestions) {
    }

    public record ReturnRequest(List<String> reasons) {
    }
}
