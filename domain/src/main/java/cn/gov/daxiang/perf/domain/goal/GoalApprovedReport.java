package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.sync.JsonPayload;
import cn.gov.daxiang.perf.domain.sync.ProvincialReport;

import java.util.Objects;

/**
 * Tells the province that a goal version was approved (批复): the first declaration or an adjustment (调整),
 * with its content, so that the province holds the goal the district monitors and evaluates against.
 */
public record GoalApprovedReport(PerformanceGoal goal, GoalVersion version, String mofDivCode) implements ProvincialReport {

    public static final String MESSAGE_TYPE = "goal.approved";

    public GoalApprovedReport {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(version, "version");
        if (!version.isApproved()) {
            throw new IllegalArgumentException("version " + version.getNumber() + " of goal " + goal.getId() + " is not approved");
        }
    }

    /** The report of the goal's latest approved version. */
    public static GoalApprovedReport of(PerformanceGoal goal, String mofDivCode) {
        return new GoalApprovedReport(goal, goal.latestApprovedVersion()
                .orElseThrow(() -> new IllegalArgumentException("goal " + goal.getId() + " has no approved version")), mofDivCode);
    }

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public String subjectType() {
        return PerformanceGoal.AUDIT_TYPE;
    }

    @Override
    public String subjectId() {
        return goal.getId() + "/v" + version.getNumber();
    }

    @Override
    public JsonPayload payload() {
        GoalContent content = version.getContent();
        return JsonPayload.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", goal.getFiscalYear().value())
                .put("goal_id", goal.getId().toString())
                .put("goal_kind", goal.getKind().name())
                .put("agency_code", goal.getUnitCode().value())
                .put("pro_code", goal.getProjectCode().map(ProjectCode::value).orElse(null))
                .put("version", version.getNumber())
                .put("adjustment", version.getNumber() > 1)
                .put("audit_grade", version.getAuditGrade().map(Enum::name).orElse(null))
                .put("approved_at", version.getApprovedAt().orElse(null))
                .put("annual_overall_goal", content.annualOverallGoal())
                .put("long_term_goal", content.longTermGoal())
                .put("department_duties", content.departmentDuties())
                .put("indicators", content.indicators().stream().map(GoalApprovedReport::indicator).toList());
    }

    private static JsonPayload indicator(Indicator i) {
        return JsonPayload.object()
                .put("indicator_id", i.id().toString())
                .put("level1", i.level1())
                .put("level2", i.level2())
                .put("name", i.name())
                .put("value_type", i.valueType().name())
                .put("comparator", i.comparator() == null ? null : i.comparator().symbol())
                .put("target_value", i.targetValue())
                .put("target_text", i.targetText())
                .put("unit", i.unitOfMeasure())
                .put("weight", i.weight());
    }
}
