package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionConfirmed;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * {@code allocation-decision.confirmed} (docs/provincial-api.md §4): finance confirmed an allocation decision (结果应用),
 * as proposed or overridden with a reason, possibly superseding an earlier confirmed one: the object, the evaluation
 * it rests on with score, grade and scheme, the policy version, the treatment, the adjustment and the money.
 */
@ApplicationScoped
public class AllocationMessages implements ProvincialMessageMapping {

    public static final String ALLOCATION_DECISION_CONFIRMED = "allocation-decision.confirmed";

    @Override
    public Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode) {
        if (event instanceof AllocationDecisionConfirmed confirmed) {
            return Optional.of(new ProvincialMessage(ALLOCATION_DECISION_CONFIRMED, AllocationDecision.AUDIT_TYPE,
                    confirmed.decisionId().toString(), payload(confirmed, mofDivCode)));
        }
        return Optional.empty();
    }

    private static ObjectNode payload(AllocationDecisionConfirmed e, String mofDivCode) {
        return ContractJson.object()
                .put("mof_div_code", mofDivCode)
                .put("budget_year", e.budgetYear().value())
                .put("decision_id", e.decisionId().toString())
                .put("object_kind", e.object().kind().name())
                .put("agency_code", e.object().unitCode().value())
                .put("pro_code", Optional.ofNullable(e.object().projectCode()).map(ProjectCode::value).orElse(null))
                .put("evaluation_type", e.evaluationType().name())
                .put("evaluation_id", e.evaluationId())
                .put("score", e.result().score().value())
                .put("grade", e.result().grade().name())
                .put("grade_scheme", e.result().schemeId().value())
                .put("policy_version", e.policyVersion())
                .put("treatment", e.treatment().name())
                .put("adjustment_percent", e.adjustment().percent())
                .put("base_amount", e.base().amount())
                .put("adjusted_amount", e.adjustedAmount().amount())
                .put("overridden", e.overridden())
                .put("override_reason", e.reason())
                .put("supersedes", Optional.ofNullable(e.supersedes()).map(AllocationDecisionId::toString).orElse(null))
                .put("confirmed_at", e.confirmedAt().toString());
    }
}
