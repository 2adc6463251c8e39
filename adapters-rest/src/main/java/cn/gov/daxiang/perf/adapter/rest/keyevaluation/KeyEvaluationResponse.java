package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationCategory;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAction;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A key evaluation (重点评价) as the caller may see it, with what the caller may do to it now. The money covered is
 * computed now from the object's projects' funds: in 元 and in 万元 (two decimals). Lateness and rework can be read from
 * dueDate, submissions and returns.
 */
@Schema(name = "KeyEvaluation", requiredProperties = {"id", "title", "fiscalYear", "state", "allowedActions", "object", "subjectKind", "category",
        "dueDate", "coveredAmount", "coveredWanYuan", "plannedBy", "plannedAt", "indicators", "reworkRounds", "submissions", "returns",
        "findings", "suggestions", "revision"})
public record KeyEvaluationResponse(@Schema(format = "uuid") String id, String title, int fiscalYear, Coded<KeyEvaluationState> state,
                                    List<Coded<KeyEvaluationAction>> allowedActions, ObjectResponse object, Coded<SubjectKind> subjectKind,
                                    Coded<EvaluationCategory> category, LocalDate dueDate, BigDecimal coveredAmount, BigDecimal coveredWanYuan,
                                    String plannedBy, Instant plannedAt, AgencyPart agency, FrameworkPart framework,
                                    List<IndicatorResponse> indicators, BigDecimal scoredTotal, ResultPart result, int reworkRounds,
                                    List<SubmissionPart> submissions, List<ReturnPart> returns, List<FindingPart> findings,
                                    List<SuggestionPart> suggestions, AcceptancePart acceptance, long revision) {

    /** What is evaluated, with the names a table shows ({@code name}: the project's, the fund's or the department's). */
    @Schema(name = "KeyEvaluationObject", requiredProperties = {"kind", "projects"})
    public record ObjectResponse(Coded<EvaluationObjectKind> kind, String name, String fundName, List<ProjectPart> projects,
                                 String departmentCode, String departmentName, Integer spendingYear) {
    }

    @Schema(name = "KeyEvaluationProject", requiredProperties = {"projectCode"})
    public record ProjectPart(String projectCode, String name) {
    }

    @Schema(name = "KeyEvaluationAgency", requiredProperties = {"agencyId", "commissionedBy", "commissionedAt"})
    public record AgencyPart(String agencyId, String name, String commissionedBy, Instant commissionedAt) {
    }

    @Schema(name = "KeyEvaluationFramework", requiredProperties = {"code", "version", "name", "warnings"})
    public record FrameworkPart(String code, int version, String name, List<WarningResponse> warnings) {
    }

    @Schema(name = "KeyEvaluationResult", requiredProperties = {"score", "grade", "schemeId"})
    public record ResultPart(BigDecimal score, Coded<Grade> grade, String schemeId) {
    }

    @Schema(name = "KeyEvaluationSubmission", requiredProperties = {"round", "submittedAt", "submittedBy", "result"})
    public record SubmissionPart(int round, Instant submittedAt, String submittedBy, ResultPart result) {
    }

    @Schema(name = "KeyEvaluationReturn", requiredProperties = {"round", "returnedAt", "returnedBy", "reasons"})
    public record ReturnPart(int round, Instant returnedAt, String returnedBy, List<String> reasons) {
    }

    @Schema(name = "KeyEvaluationFinding", requiredProperties = {"text"})
    public record FindingPart(String text, String indicatorCode, String responsibleUnitCode, LocalDate rectificationDeadline) {
    }

    @Schema(name = "KeyEvaluationSuggestion", requiredProperties = {"text"})
    public record SuggestionPart(String text, String indicatorCode) {
    }

    @Schema(name = "KeyEvaluationAcceptance", requiredProperties = {"acceptedBy", "acceptedAt", "acceptedOn"})
    public record AcceptancePart(String acceptedBy, Instant acceptedAt, LocalDate acceptedOn) {
    }
}
