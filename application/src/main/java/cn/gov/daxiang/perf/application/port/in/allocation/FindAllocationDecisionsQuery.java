package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;

import java.util.List;

/** Decisions within the caller's units (units their own, departments their units, finance and auditors all). */
public interface FindAllocationDecisionsQuery {

    AllocationDecisionView findAllocationDecision(Actor actor, AllocationDecisionId id);

    List<AllocationDecisionView> listAllocationDecisions(Actor actor, AllocationDecisionCriteria criteria);
}
