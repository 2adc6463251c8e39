package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No decision with this id, or one about objects outside the caller's units. */
public class AllocationDecisionNotFoundException extends NotFoundException {

    public AllocationDecisionNotFoundException(AllocationDecisionId id) {
        super("ALLOCATION_DECISION_NOT_FOUND", Map.of("id", id.toString()));
    }
}
