package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.IdempotencyRecordStore;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records in memory, without transactions: a claim is only noted (the database's rollback of an abandoned claim is
 * the persistence adapter's and the REST tests' business). {@link #beforeNextClaim} lets a test play a concurrent
 * duplicate that commits just before this request's claim.
 */
public class InMemoryIdempotencyRecordStore implements IdempotencyRecordStore {

    public final Map<List<String>, IdempotencyRecord> records = new HashMap<>();
    public final Set<List<String>> claims = new HashSet<>();
    public int purges;
    public Runnable beforeNextClaim;

    private static List<String> id(String caller, IdempotencyKey key) {
        return List.of(caller, key.value());
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, IdempotencyKey key) {
        return Optional.ofNullable(records.get(id(caller, key)));
    }

    @Override
    public void claim(String caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant at) {
        if (beforeNextClaim != null) {
            Runnable concurrent = beforeNextClaim;
            beforeNextClaim = null;
            concurrent.run();
        }
        if (records.containsKey(id(caller, key))) {
            throw new KeyTakenException(key, null);
        }
        claims.add(id(caller, key));
    }

    @Override
    public void complete(IdempotencyRecord record) {
        if (!claims.remove(id(record.caller(), record.key()))) {
            throw new IllegalStateException("never claimed");
        }
        records.put(id(record.caller(), record.key()), record);
    }

    @Override
    public boolean removeExpired(String caller, IdempotencyKey key, Instant now) {
        IdempotencyRecord record = records.get(id(caller, key));
        return record != null && record.isExpiredAt(now) && records.remove(id(caller, key)) != null;
    }

    @Override
    public int purgeExpired(Instant now) {
        purges++;
        int before = records.size();
        records.values().removeIf(r -> r.isExpiredAt(now));
        return before - records.size();
    }
}
