package cn.gov.daxiang.perf.adapter.persistence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of an evidence file; never updated. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFileJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
    @SequenceGenerator(name = "evidence_file_seq", sequenceName = "evidence_file_seq", allocationSize = 50)
    public Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    public UUID fileId;

    @Column(name = "owner_type", nullable = false, updatable = false, length = 30)
    public String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false, length = 64)
    public String ownerId;

    @Column(name = "purpose", nullable = false, updatable = false, length = 30)
    public String purpose;

    @Column(name = "file_name", nullable = false, updatable = false, length = 800)
    public String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    public String sha256;

    @Column(name = "file_version", nullable = false, updatable = false)
    public int fileVersion;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public OffsetDateTime uploadedAt;
}
