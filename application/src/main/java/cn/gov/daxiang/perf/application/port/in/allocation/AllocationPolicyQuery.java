package cn.gov.daxiang.perf.application.port.in.allocation;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;

import java.util.List;

/** The allocation policy (district-wide reference data: every authenticated caller reads it). */
public interface AllocationPolicyQuery {

    /** The version in force (the built-in default when none is stored). */
    AllocationPolicy currentAllocationPolicy(Actor actor);

    /** Every version, oldest first. */
    List<AllocationPolicy> allocationPolicies(Actor actor);

    /** @throws cn.gov.daxiang.perf.domain.shared.NotFoundException ALLOCATION_POLICY_NOT_FOUND */
    AllocationPolicy allocationPolicy(Actor actor, int version);
}
