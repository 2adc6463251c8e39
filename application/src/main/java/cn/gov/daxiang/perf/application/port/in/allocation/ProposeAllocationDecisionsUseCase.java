package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.List;

/**
 * Finance has the service propose a decision for every evaluated project and unit overall of the budget year that has
 * no active decision yet: from the self-evaluations of fiscal year Y−2 completed and the key evaluations of plan year
 * Y−1 accepted (the work of year Y−1, when budget Y is drawn up). Proposing again adds only what is new.
 */
public interface ProposeAllocationDecisionsUseCase {

    /** @param created the decisions proposed now; {@code existing} how many objects already had an active decision */
    record Proposals(List<AllocationDecisionView> created, int existing) {
    }

    Proposals proposeAllocationDecisions(Actor actor, FiscalYear budgetYear);
}
