package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.SyncCursorRepository;
import cn.gov.daxiang.perf.domain.sync.SyncCursor;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One cursor per stream; a stream never taken over reads at its start. */
public class InMemorySyncCursorRepository implements SyncCursorRepository {

    private final Map<SyncStream, SyncCursor> stored = new EnumMap<>(SyncStream.class);

    @Override
    public SyncCursor find(SyncStream stream) {
        return stored.getOrDefault(stream, SyncCursor.start(stream));
    }

    @Override
    public List<SyncCursor> findAll() {
        return Arrays.stream(SyncStream.values()).map(this::find).toList();
    }

    @Override
    public void save(SyncCursor cursor) {
        stored.put(cursor.stream(), cursor);
    }
}
