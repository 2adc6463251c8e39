package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.SyncLeaseStore;
import cn.gov.daxiang.perf.domain.sync.SyncLease;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lease in memory, with the adapter's conditions: taken when free, expired or already the holder's; renewed
 * only by its holder before it expires. Only leases seeded (as the migration seeds {@code provincial-sync}) exist.
 */
public class InMemorySyncLeaseStore implements SyncLeaseStore {

    public static final String PROVINCIAL_SYNC = "provincial-sync";

    private final Map<String, SyncLease> stored = new HashMap<>();

    public InMemorySyncLeaseStore() {
        stored.put(PROVINCIAL_SYNC, new SyncLease(PROVINCIAL_SYNC, null, null));
    }

    @Override
    public boolean tryAcquire(String name, String holder, Instant now, Duration ttl) {
        SyncLease lease = stored.get(name);
        if (lease == null || !(lease.holder() == null || !lease.expiresAt().isAfter(now) || holder.equals(lease.holder()))) {
            return false;
        }
        stored.put(name, new SyncLease(name, holder, now.plus(ttl)));
        return true;
    }

    @Override
    public boolean renew(String name, String holder, Instant now, Duration ttl) {
        SyncLease lease = stored.get(name);
        if (lease == null || !holder.equals(lease.holder()) || !lease.expiresAt().isAfter(now)) {
            return false;
        }
        stored.put(name, new SyncLease(name, holder, now.plus(ttl)));
        return true;
    }

    @Override
    public void release(String name, String holder) {
        SyncLease lease = stored.get(name);
        if (lease != null && holder.equals(lease.holder())) {
            stored.put(name, new SyncLease(name, null, null));
        }
    }

    @Override
    public Optional<SyncLease> find(String name) {
        return Optional.ofNullable(stored.get(name));
    }
}
