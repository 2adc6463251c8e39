package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;

import java.util.List;
import java.util.Optional;

/** The published versions of the allocation policy; the highest is in force (Flyway seeds version 1, the default). */
public interface AllocationPolicyRepository {

    /** The version in force, or empty when none is stored (the built-in default applies). */
    Optional<AllocationPolicy> findCurrent();

    Optional<AllocationPolicy> findByVersion(int version);

    /** Every version, oldest first. */
    List<AllocationPolicy> findAll();

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException ALLOCATION_POLICY_VERSION_TAKEN when the version exists */
    void add(AllocationPolicy policy);
}
