package cn.gov.daxiang.perf.adapter.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "sync_conflict")
public class SyncConflictJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Version
    public long version;

    @Column(name = "kind", nullable = false, length = 50)
    public String kind;

    @Column(name = "stream", nullable = false, length = 20)
    public String stream;

    @Column(name = "subject_key", nullable = false, length = 40)
    public String subjectKey;

    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(name = "deletion", nullable = false)
    public boolean deletion;

    @Column(name = "local_fields", nullable = false, length = 20_000)
    public String localFields;

    @Column(name = "incoming_fields", nullable = false, length = 20_000)
    public String incomingFields;

    @Column(name = "detected_at", nullable = false, updatable = false)
    public OffsetDateTime detectedAt;

    @Column(name = "last_run_id")
    public UUID lastRunId;

    @Column(name = "state", nullable = false, length = 20)
    public String state;

    @Column(name = "resolution", length = 30)
    public String resolution;

    @Column(name = "resolved_by", length = 100)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "note", length = 1000)
    public String note;
}
