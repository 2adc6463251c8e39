package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A goal: what it is about (with the unit's and project's names a table shows), its current version in full, every
 * version's summary, what the caller may do next, and its revision (also the ETag).
 */
@Schema(name = "PerformanceGoal", requiredProperties = {"id", "kind", "fiscalYear", "unitCode", "revision", "status", "allowedActions",
        "current", "versions"})
public record GoalResponse(@Schema(format = "uuid") String id, Coded<GoalKind> kind, int fiscalYear, String unitCode,
                           @Schema(description = "The unit's name; null if the unit is not on record") String unitName,
                           @Schema(description = "Null for a department's overall goal") String projectCode,
                           @Schema(description = "Null for a department's overall goal") String projectName,
                           UpperLevelGoal upperLevelGoal, long revision, Coded<GoalStatus> status,
                           @Schema(description = "What the caller (this role, this unit) may do to the goal now") List<Coded<GoalAction>> allowedActions,
                           Integer approvedVersion, String reviewAgency, Version current, List<VersionSummary> versions) {

    @Schema(name = "UpperLevelGoal", requiredProperties = {"issuingLevel", "documentNumber"})
    public record UpperLevelGoal(Coded<IssuingLevel> issuingLevel, String documentNumber, String upperGoalText, String upperGoalId) {
    }

    @Schema(name = "PerformanceGoalVersion", requiredProperties = {"number", "status", "content", "returnReasons", "history"})
    public record Version(int number, Coded<GoalStatus> status, Coded<AuditGrade> auditGrade, String consultationNote,
                          String adjustmentReason, Instant approvedAt, Content content, List<Reason> returnReasons, List<Step> history) {
    }

    @Schema(name = "PerformanceGoalVersionSummary", requiredProperties = {"number", "status"})
    public record VersionSummary(int number, Coded<GoalStatus> status, Coded<AuditGrade> auditGrade, Instant approvedAt) {
    }

    @Schema(name = "PerformanceGoalContent", requiredProperties = {"annualOverallGoal", "indicators"})
    public record Content(String annualOverallGoal, String longTermGoal, String departmentDuties, List<IndicatorResponse> indicators) {
    }

    @Schema(name = "GoalIndicator", requiredProperties = {"id", "level1", "level2", "name", "valueType"})
    public record IndicatorResponse(@Schema(format = "uuid") String id, String level1, String level2, String name, Coded<ValueType> valueType,
                                    Coded<Comparator> comparator, BigDecimal targetValue, String targetText, String unitOfMeasure,
                                    BigDecimal weight, String explanation, String scoringRule) {
    }

    @Schema(name = "GoalReason", requiredProperties = {"text"})
    public record Reason(@Schema(format = "uuid") String indicatorId, String text) {
    }

    @Schema(name = "GoalReviewStep", requiredProperties = {"action", "to", "actor", "at", "reasons"})
    public record Step(Coded<GoalAction> action, Coded<GoalStatus> from, Coded<GoalStatus> to, String actor, Instant at,
                       Coded<AuditGrade> auditGrade, String note, List<Reason> reasons) {
    }
}
