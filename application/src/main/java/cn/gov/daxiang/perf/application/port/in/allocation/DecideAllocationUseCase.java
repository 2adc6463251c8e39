package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.Treatment;

/** Finance confirms a proposal, or overrides a proposal or a confirmed decision (which a successor then supersedes). */
public interface DecideAllocationUseCase {

    AllocationDecisionView confirmAllocationDecision(Actor actor, AllocationDecisionId id, long expectedRevision);

    /** On a PROPOSED decision: confirms it overridden. On a CONFIRMED one: answers the new decision that supersedes it. */
    AllocationDecisionView overrideAllocationDecision(Actor actor, AllocationDecisionId id, long expectedRevision, Treatment treatment,
                                                      Adjustment adjustment, String reason);
}
