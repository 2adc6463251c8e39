package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.application.sync.SyncLease;
import cn.gov.daxiang.perf.application.sync.SyncLeaseClaim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lease in memory, deciding by {@link SyncLeaseClaim}'s rule itself (the adapter states the same rule in its
 * UPDATE's condition; the lease store's contract suite holds both to it). Only leases seeded (as the migration
 * seeds {@code provincial-sync}) exist.
 */
public class InMemorySyncLeaseStore implements SyncLeaseStore {

    private final Map<String, SyncLease> stored = new HashMap<>();

    public InMemorySyncLeaseStore() {
        stored.put(SyncLease.PROVINCIAL_SYNC, SyncLease.free(SyncLease.PROVINCIAL_SYNC));
    }

    @Override
    public boolean tryAcquire(SyncLeaseClaim claim) {
        SyncLease lease = stored.get(claim.name());
        if (lease == null || !claim.takes(lease)) {
            return false;
        }
        stored.put(claim.name(), claim.granted());
        return true;
    }

    @Override
    public boolean renew(SyncLeaseClaim claim) {
        SyncLease lease = stored.get(claim.name());
        if (lease == null || !claim.renews(lease)) {
            return false;
        }
        stored.put(claim.name(), claim.granted());
        return true;
    }

    @Override
    public void release(String name, String holder) {
        SyncLease lease = stored.get(name);
        if (lease != null) {
            stored.put(name, lease.releasedBy(holder));
        }
    }

    @Override
    public Optional<SyncLease> find(String name) {
        return Optional.ofNullable(stored.get(name));
    }
}
