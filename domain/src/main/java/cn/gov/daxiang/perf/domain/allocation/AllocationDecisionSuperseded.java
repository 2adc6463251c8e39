package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** A confirmed decision was replaced by a new one; it stays, marked SUPERSEDED, pointing to its successor. */
public record AllocationDecisionSuperseded(AllocationDecisionId decisionId, AllocationDecisionId successor) implements DomainEvent {

    @Override
    public String action() {
        return "supersede";
    }
}
