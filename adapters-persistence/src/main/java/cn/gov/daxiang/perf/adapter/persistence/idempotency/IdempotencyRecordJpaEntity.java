package cn.gov.daxiang.perf.adapter.persistence.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One idempotency record; the answer columns are null only while its create runs (never in a committed row). */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecordJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "caller", nullable = false, updatable = false, length = 255)
    public String caller;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 255)
    public String idempotencyKey;

    @Column(name = "fingerprint", nullable = false, updatable = false, length = 64)
    public String fingerprint;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "content_type", length = 200)
    public String contentType;

    @Column(name = "location", length = 2000)
    public String location;

    @Column(name = "etag", length = 200)
    public String etag;

    @Column(name = "body_gzip")
    public byte[] bodyGzip;
}
