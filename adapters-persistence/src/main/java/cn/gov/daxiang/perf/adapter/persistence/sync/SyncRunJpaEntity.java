package cn.gov.daxiang.perf.adapter.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "sync_run")
public class SyncRunJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Version
    public long version;

    @Column(name = "trigger_kind", nullable = false, length = 20)
    public String trigger;

    @Column(name = "run_mode", nullable = false, length = 20)
    public String mode;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "node_name", nullable = false, length = 100)
    public String node;

    @Column(name = "state", nullable = false, length = 20)
    public String state;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "pulled", nullable = false)
    public long pulled;

    @Column(name = "upserted", nullable = false)
    public long upserted;

    @Column(name = "conflicts", nullable = false)
    public long conflicts;

    @Column(name = "pushed", nullable = false)
    public long pushed;

    @Column(name = "failed", nullable = false)
    public long failed;

    @Column(name = "pages_done", nullable = false)
    public long pagesDone;

    @Column(name = "pages_known", nullable = false)
    public long pagesKnown;

    @Column(name = "error_text", length = 2000)
    public String error;
}
