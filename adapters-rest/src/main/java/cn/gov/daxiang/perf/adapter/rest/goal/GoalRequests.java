package cn.gov.daxiang.perf.adapter.rest.goal;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the goal endpoints. Coded values arrive as text and are read by the domain's own parsers. */
public final class GoalRequests {

    private GoalRequests() {
    }

    /** A level-3 indicator; {@code id} names an existing indicator (kept across versions) and is omitted for a new one. */
    public record IndicatorRequest(String id, String level1, String level2, String name, String valueType, String comparator,
                                   BigDecimal targetValue, String targetText, String unitOfMeasure, BigDecimal weight,
                                   String explanation, String scoringRule) {
    }

    public record GoalContentRequest(String annualOverallGoal, String longTermGoal, String departmentDuties,
                                     List<IndicatorRequest> indicators) {
    }

    /** The upper-level goal a transfer payment decomposes: issuing level (CENTRAL, PROVINCE, CITY or 中央/省/市), 文号, text or id. */
    public record UpperLevelGoalRequest(String issuingLevel, String documentNumber, String upperGoalText, String upperGoalId) {
    }

    public record DeclareGoalRequest(String kind, Integer fiscalYear, String unitCode, String projectCode,
                                     UpperLevelGoalRequest upperLevelGoal, GoalContentRequest content) {
    }

    public record EditGoalRequest(GoalContentRequest content, UpperLevelGoalRequest upperLevelGoal) {
    }

    /** A reason for returning a goal; {@code indicatorId} attaches it to one indicator. */
    public record ReturnReasonRequest(String indicatorId, String text) {
    }

    public record ReturnGoalRequest(List<ReturnReasonRequest> reasons) {
    }

    public record DepartmentReviewRequest(String note) {
    }

    /** grade: EXCELLENT 优, GOOD 良, FAIR 中, POOR 差. */
    public record FinanceReviewRequest(String grade, String consultationNote, List<ReturnReasonRequest> reasons) {
    }

    public record AdjustmentRequest(String reason) {
    }

    public record ReviewAssignmentRequest(String agencyId) {
    }
}
