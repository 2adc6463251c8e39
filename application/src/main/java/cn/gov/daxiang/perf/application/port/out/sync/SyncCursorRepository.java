package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.application.sync.SyncCursor;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.util.List;

public interface SyncCursorRepository {

    /** The stream's cursor; the start of the stream when nothing was taken over yet. */
    SyncCursor find(SyncStream stream);

    List<SyncCursor> findAll();

    void save(SyncCursor cursor);
}
