package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

/** The service proposed a decision from an evaluation's result under the policy in force. */
public record AllocationDecisionProposed(AllocationDecisionId decisionId, FiscalYear budgetYear, Treatment treatment) implements DomainEvent {

    @Override
    public String action() {
        return "create";
    }
}
