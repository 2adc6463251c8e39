package cn.gov.daxiang.perf.adapter.persistence.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

@Entity
@Table(name = "sync_cursor")
public class SyncCursorJpaEntity {

    @Id
    @Column(name = "stream", length = 20)
    public String stream;

    @Version
    public long version;

    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
