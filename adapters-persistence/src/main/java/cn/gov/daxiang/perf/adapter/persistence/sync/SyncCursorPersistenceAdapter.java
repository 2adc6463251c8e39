package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.application.port.out.sync.SyncCursorRepository;
import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
public class SyncCursorPersistenceAdapter implements SyncCursorRepository {

    private final SyncCursorPanacheRepository panache;

    @Inject
    public SyncCursorPersistenceAdapter(SyncCursorPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public SyncCursor find(SyncStream stream) {
        return panache.findByIdOptional(stream.name()).map(e -> new SyncCursor(stream, e.changeSeq)).orElseGet(() -> SyncCursor.start(stream));
    }

    @Override
    public List<SyncCursor> findAll() {
        return Arrays.stream(SyncStream.values()).map(this::find).toList();
    }

    @Override
    public void save(SyncCursor cursor) {
        SyncCursorJpaEntity entity = panache.findByIdOptional(cursor.stream().name()).orElse(null);
        if (entity == null) {
            entity = new SyncCursorJpaEntity();
            entity.stream = cursor.stream().name();
            entity.changeSeq = cursor.position();
            entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            panache.persist(entity);
        } else {
            entity.changeSeq = cursor.position();
            entity.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }
}
