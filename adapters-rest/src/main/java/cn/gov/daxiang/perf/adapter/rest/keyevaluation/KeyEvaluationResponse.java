package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A key evaluation (重点评价) as the caller may see it. The money covered is computed now from the object's projects'
 * funds: in 元 and in 万元 (two decimals). Lateness and rework can be read from dueDate, submissions and returns.
 */
public record KeyEvaluationResponse(String id, String title, int fiscalYear, String state, List<String> allowedActions,
                                    ObjectResponse object, String subjectKind, String subjectKindLabel, String category, String categoryLabel,
                                    LocalDate dueDate, BigDecimal coveredAmount, BigDecimal coveredWanYuan, String plannedBy, Instant plannedAt,
                                    AgencyPart agency, FrameworkPart framework, List<IndicatorResponse> indicators, BigDecimal scoredTotal,
                                    ResultPart result, int reworkRounds, List<SubmissionPart> submissions, List<ReturnPart> returns,
                                    List<FindingPart> findings, List<SuggestionPart> suggestions, AcceptancePart acceptance, long revision) {

    public record ObjectResponse(String kind, String kindLabel, String fundName, List<ProjectPart> projects, String departmentCode,
                                 String departmentName, Integer spendingYear) {
    }

    public record ProjectPart(String projectCode, String name) {
    }

    public record AgencyPart(String agencyId, String name, String commissionedBy, Instant commissionedAt) {
    }

    public record FrameworkPart(String code, int version, String name, List<WarningResponse> warnings) {
    }

    public record ResultPart(BigDecimal score, String grade, String gradeLabel, String schemeId) {
    }

    public record SubmissionPart(int round, Instant submittedAt, String submittedBy, ResultPart result) {
    }

    public record ReturnPart(int round, Instant returnedAt, String returnedBy, List<String> reasons) {
    }

    public record FindingPart(String text, String indicatorCode, String responsibleUnitCode, LocalDate rectificationDeadline) {
    }

    public record SuggestionPart(String text, String indicatorCode) {
    }

    public record AcceptancePart(String acceptedBy, Instant acceptedAt, LocalDate acceptedOn) {
    }
}
