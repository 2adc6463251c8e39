package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

/** Finance administration published a new version of the allocation policy. */
public record AllocationPolicyPublished(int version) implements DomainEvent {

    @Override
    public String action() {
        return "create";
    }
}
