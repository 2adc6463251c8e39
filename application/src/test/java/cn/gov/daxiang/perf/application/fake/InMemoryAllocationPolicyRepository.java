package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.AllocationPolicyRepository;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Published allocation policy versions in memory; the highest is in force. Starts empty (the adapters' Flyway seeds version 1). */
public class InMemoryAllocationPolicyRepository implements AllocationPolicyRepository {

    private final TreeMap<Integer, AllocationPolicy> versions = new TreeMap<>();

    @Override
    public Optional<AllocationPolicy> findCurrent() {
        return Optional.ofNullable(versions.lastEntry()).map(Map.Entry::getValue).map(InMemoryAllocationPolicyRepository::copy);
    }

    @Override
    public Optional<AllocationPolicy> findByVersion(int version) {
        return Optional.ofNullable(versions.get(version)).map(InMemoryAllocationPolicyRepository::copy);
    }

    @Override
    public List<AllocationPolicy> findAll() {
        return versions.values().stream().map(InMemoryAllocationPolicyRepository::copy).toList();
    }

    @Override
    public void add(AllocationPolicy policy) {
        if (versions.containsKey(policy.getVersion())) {
            throw new AlreadyExistsException("ALLOCATION_POLICY_VERSION_TAKEN", Map.of("version", policy.getVersion()));
        }
        versions.put(policy.getVersion(), copy(policy));
    }

    private static AllocationPolicy copy(AllocationPolicy p) {
        return AllocationPolicy.restore(p.getVersion(), p.getPrecedence(), p.getRules(), p.getPublishedBy().orElse(null),
                p.getPublishedAt().orElse(null));
    }
}
