package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.goal.GoalApproved;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * {@code goal.approved}: a goal version was approved (批复), the first declaration or an adjustment (调整), with its
 * content, so that the province holds the goal the district monitors and evaluates against.
 */
@ApplicationScoped
public class GoalMessages implements ProvincialMessageMapping {

    public static final String GOAL_APPROVED = "goal.approved";

    @Override
    public Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode) {
        if (event instanceof GoalApproved approved) {
            return Optional.of(new ProvincialMessage(GOAL_APPROVED, PerformanceGoal.AUDIT_TYPE,
                    approved.goalId() + "/v" + approved.version(), goalApproved(approved, mofDivCode)));
        }
        return Optional.empty();
    }

    private static ObjectNode goalApproved(GoalApproved event, String mofDivCode) {
        GoalContent content = event.content();
        ObjectNode payload = ContractJson.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", event.fiscalYear().value())
                .put("goal_id", event.goalId().toString())
                .put("goal_kind", event.kind().name())
                .put("agency_code", event.unitCode().value())
                .put("pro_code", event.projectCodeIfAny().map(ProjectCode::value).orElse(null))
                .put("version", event.version())
                .put("adjustment", event.isAdjustment())
                .put("audit_grade", event.auditGrade() == null ? null : event.auditGrade().name())
                .put("approved_at", event.approvedAt().toString())
                .put("annual_overall_goal", content.annualOverallGoal())
                .put("long_term_goal", content.longTermGoal())
                .put("department_duties", content.departmentDuties());
        ArrayNode indicators = payload.putArray("indicators");
        content.indicators().forEach(i -> indicators.add(indicator(i)));
        return payload;
    }

    private static ObjectNode indicator(Indicator i) {
        return ContractJson.object()
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
