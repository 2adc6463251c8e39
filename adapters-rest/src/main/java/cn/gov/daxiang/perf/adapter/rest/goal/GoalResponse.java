package cn.gov.daxiang.perf.adapter.rest.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A goal: what it is about, its current version in full, every version's summary, what may be done next,
 * and its revision (also the ETag).
 */
public record GoalResponse(String id, String kind, int fiscalYear, String unitCode, String projectCode,
                           UpperLevelGoal upperLevelGoal, long revision, String status, List<String> allowedActions,
                           Integer approvedVersion, String reviewAgency, Version current, List<VersionSummary> versions) {

    public record UpperLevelGoal(String issuingLevel, String documentNumber, String upperGoalText, String upperGoalId) {
    }

    public record Version(int number, String status, String auditGrade, String consultationNote, String adjustmentReason,
                          Instant approvedAt, Content content, List<Reason> returnReasons, List<Step> history) {
    }

    public record VersionSummary(int number, String status, String auditGrade, Instant approvedAt) {
    }

    public record Content(String annualOverallGoal, String longTermGoal, String departmentDuties, List<IndicatorResponse> indicators) {
    }

    public record IndicatorResponse(String id, String level1, String level2, String name, String valueType, String comparator,
                                    BigDecimal targetValue, String targetText, String unitOfMeasure, BigDecimal weight,
                                    String explanation, String scoringRule) {
    }

    public record Reason(String indicatorId, String text) {
    }

    public record Step(String action, String from, String to, String actor, Instant at, String auditGrade, String note,
                       List<Reason> reasons) {
    }
}
