package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.sync.ConflictResolvedReport;
import cn.gov.daxiang.perf.domain.sync.SyncCursor;
import cn.gov.daxiang.perf.domain.sync.SyncMode;
import cn.gov.daxiang.perf.domain.sync.SyncReceiptReport;
import cn.gov.daxiang.perf.domain.sync.SyncRun;
import cn.gov.daxiang.perf.domain.sync.SyncRunState;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import cn.gov.daxiang.perf.domain.sync.SyncTrigger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Throwaway: records the payloads of the old domain report classes once, before they are removed. */
class RecordGoldenSyncPayloadsTest {

    @Test
    void record() throws Exception {
        Path dir = Path.of("src/test/resources/contract");
        write(dir, "sync.conflict-resolved", new ConflictResolvedReport(SyncFixtures.projectConflictKeptLocal(), SyncFixtures.MOF_DIV_CODE).payload().toJson());
        write(dir, "sync.conflict-resolved.agency-accepted", new ConflictResolvedReport(SyncFixtures.unitConflictAccepted(), SyncFixtures.MOF_DIV_CODE).payload().toJson());
        write(dir, "sync.conflict-resolved.execution", new ConflictResolvedReport(SyncFixtures.executionConflictKeptLocal(), SyncFixtures.MOF_DIV_CODE).payload().toJson());
        SyncRun run = SyncRun.reconstitute(SyncFixtures.RUN, SyncTrigger.SCHEDULED, SyncMode.INCREMENTAL, "system", "node-1",
                SyncFixtures.DETECTED, SyncRunState.RUNNING, null, 7, 5, 2, 0, 0, 3, 3, null);
        List<SyncCursor> cursors = List.of(new SyncCursor(SyncStream.AGENCIES, 12), new SyncCursor(SyncStream.PROJECTS, 4711),
                new SyncCursor(SyncStream.EXECUTION, 0));
        write(dir, "sync.receipt", new SyncReceiptReport(run, cursors, SyncFixtures.MOF_DIV_CODE, SyncFixtures.RESOLVED).payload().toJson());
    }

    private static void write(Path dir, String name, String json) throws Exception {
        Files.writeString(dir.resolve(name + ".json"), json, StandardCharsets.UTF_8);
    }
}
