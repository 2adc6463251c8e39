package cn.gov.daxiang.perf.adapter.persistence.idempotency;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.application.port.out.IdempotencyRecordStore;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKeyInProgressException;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyRecord;
import cn.gov.daxiang.perf.domain.idempotency.RequestFingerprint;
import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Idempotency records in one table. A claim is an INSERT flushed at once: the unique key (caller, key) makes a
 * concurrent claim of the same key wait in the database until the first transaction ends, and fail then if it
 * committed. How long it waits is bounded: on PostgreSQL by {@code perf.idempotency.in-flight-wait} (a
 * {@code lock_timeout} for the claim alone), on H2 by its lock timeout (2 s); beyond that the claim answers
 * IDEMPOTENCY_KEY_IN_PROGRESS.
 */
@ApplicationScoped
public class IdempotencyRecordPersistenceAdapter implements IdempotencyRecordStore {

    static final String UNIQUE_KEY = "uk_idempotency_record_key";
    /** Lock timeouts: PostgreSQL lock_not_available, H2's "Timeout trying to lock table". */
    private static final Set<String> LOCK_TIMEOUT_STATES = Set.of("55P03", "HYT00");
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final IdempotencyRecordPanacheRepository panache;
    private final Duration inFlightWait;
    private volatile Boolean postgres;

    @Inject
    public IdempotencyRecordPersistenceAdapter(IdempotencyRecordPanacheRepository panache,
                                               @ConfigProperty(name = "perf.idempotency.in-flight-wait", defaultValue = "PT10S")
                                               Duration inFlightWait) {
        this.panache = panache;
        this.inFlightWait = inFlightWait;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IdempotencyRecord> find(String caller, IdempotencyKey key) {
        return row(caller, key).map(row -> {
            if (row.statusCode == null) {
                // Only this transaction's own claim can look like this; another's is never visible uncommitted.
                throw new IdempotencyKeyInProgressException(key);
            }
            return IdempotencyRecord.of(row.caller, key, new RequestFingerprint(row.fingerprint), row.createdAt.toInstant(),
                    new StoredAnswer(row.statusCode, row.contentType, gunzip(row.bodyGzip), row.location, row.etag));
        });
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant at) {
        IdempotencyRecordJpaEntity row = new IdempotencyRecordJpaEntity();
        row.id = UUID.randomUUID();
        row.caller = IdempotencyRecord.requireCaller(caller);
        row.idempotencyKey = key.value();
        row.fingerprint = fingerprint.value();
        row.createdAt = time(at);
        row.expiresAt = time(at.plus(IdempotencyRecord.RETENTION));
        panache.persist(row);
        boolean bounded = isPostgres();
        try {
            if (bounded) {
                jdbc("SET LOCAL lock_timeout = '" + Math.max(1, inFlightWait.toMillis()) + "ms'");
            }
            em().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, UNIQUE_KEY)) {
                throw new KeyTakenException(key, e);
            }
            if (lockTimedOut(e)) {
                throw new IdempotencyKeyInProgressException(key);
            }
            throw e;
        }
        if (bounded) {
            jdbc("SET LOCAL lock_timeout TO DEFAULT");
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(IdempotencyRecord record) {
        IdempotencyRecordJpaEntity row = row(record.caller(), record.key())
                .orElseThrow(() -> new IllegalStateException("idempotency key " + record.key() + " was never claimed"));
        if (!row.fingerprint.equals(record.fingerprint().value())) {
            throw new IllegalStateException("idempotency key " + record.key() + " was claimed for another request");
        }
        StoredAnswer answer = record.answer();
        row.statusCode = answer.status();
        row.contentType = answer.contentType();
        row.location = answer.location();
        row.etag = answer.etag();
        row.bodyGzip = gzip(answer.body());
        em().flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean removeExpired(String caller, IdempotencyKey key, Instant now) {
        return panache.delete("caller = ?1 and idempotencyKey = ?2 and expiresAt <= ?3", caller, key.value(), time(now)) > 0;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeExpired(Instant now) {
        return (int) panache.delete("expiresAt <= ?1", time(now));
    }

    private Optional<IdempotencyRecordJpaEntity> row(String caller, IdempotencyKey key) {
        return panache.find("caller = ?1 and idempotencyKey = ?2", caller, key.value()).firstResultOptional();
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = em().unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
            postgres = known;
        }
        return known;
    }

    private void jdbc(String sql) {
        em().unwrap(Session.class).doWork(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
        });
    }

    private static boolean lockTimedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (LOCK_TIMEOUT_STATES.contains(sql.getSQLState()) || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    private EntityManager em() {
        return panache.getEntityManager();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] stored) {
        if (stored == null) {
            return new byte[0];
        }
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
