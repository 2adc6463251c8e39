package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.ExecutionScore;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCompleted;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * {@code self-evaluation.completed} (docs/provincial-api.md §4): finance approved a self-evaluation (自评结果), with the
 * recorded score, grade and scheme, the budget execution and every indicator's 完成值 and 得分, so that the province
 * holds the same result the district applies to next year's budget.
 */
@ApplicationScoped
public class SelfEvaluationMessages implements ProvincialMessageMapping {

    public static final String SELF_EVALUATION_COMPLETED = "self-evaluation.completed";

    @Override
    public Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode) {
        if (event instanceof SelfEvaluationCompleted completed) {
            return Optional.of(new ProvincialMessage(SELF_EVALUATION_COMPLETED, SelfEvaluation.AUDIT_TYPE,
                    completed.evaluationId().toString(), completed(completed, mofDivCode)));
        }
        return Optional.empty();
    }

    private static ObjectNode completed(SelfEvaluationCompleted event, String mofDivCode) {
        ExecutionScore execution = event.execution();
        ObjectNode payload = ContractJson.object()
                .put("mof_div_code", mofDivCode)
                .put("fiscal_year", event.fiscalYear().value())
                .put("evaluation_id", event.evaluationId().toString())
                .put("evaluation_kind", event.kind().name())
                .put("agency_code", event.unitCode().value())
                .put("pro_code", event.projectCodeIfAny().map(ProjectCode::value).orElse(null))
                .put("goal_id", event.goal().goalId().toString())
                .put("goal_version", event.goal().version())
                .put("score", event.result().score().value())
                .put("grade", event.result().grade().name())
                .put("grade_scheme", event.result().schemeId().value())
                .put("adjusted_budget", execution.execution().adjustedBudget().amount())
                .put("executed", execution.execution().executed().amount())
                .put("execution_rate", execution.rate().map(Percentage::value).orElse(null))
                .put("execution_score", execution.score().value())
                .put("overall_achievement", event.overallAchievementIfAny().orElse(null))
                .put("completed_at", event.completedAt().toString());
        ArrayNode indicators = payload.putArray("indicators");
        event.lines().forEach(line -> indicators.add(line(line)));
        return payload;
    }

    private static ObjectNode line(SelfEvaluationCompleted.Line line) {
        ObjectNode node = ContractJson.object()
                .put("indicator_id", line.indicator().id().toString())
                .put("name", line.indicator().name())
                .put("weight", line.score().weight())
                .put("score", line.score().score().value())
                .put("met", line.score().met())
                .put("deviation_reason", line.deviationReasonIfAny().orElse(null));
        if (line.achievement() instanceof Achievement.Measured measured) {
            node.put("actual_value", measured.actual());
        } else if (line.achievement() instanceof Achievement.Judged judged) {
            node.put("actual_tier", judged.tier().name()).put("tier_percentage", judged.percentage());
        }
        return node;
    }
}
