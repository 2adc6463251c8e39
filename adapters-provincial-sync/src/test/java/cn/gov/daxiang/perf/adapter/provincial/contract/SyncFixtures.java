package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncRunId;
import cn.gov.daxiang.perf.domain.sync.SyncStream;

import java.time.Instant;
import java.util.Map;

/**
 * Fixed sync objects whose messages the contract tests compare byte for byte with the payloads recorded under
 * src/test/resources/contract (written by the domain's hand-built JSON before the contract moved here). The note
 * carries what a writer could get wrong: Chinese, quotes, a backslash, a line break, a tab, U+2028.
 */
final class SyncFixtures {

    static final String MOF_DIV_CODE = ContractFixtures.MOF_DIV_CODE;
    static final Instant DETECTED = Instant.parse("2024-03-01T02:00:00Z");
    static final Instant RESOLVED = Instant.parse("2024-03-02T08:30:15.250Z");
    static final SyncRunId RUN = SyncRunId.parse("5b0e7c2a-1d3f-4e6a-9b8c-7d6e5f4a3b21");
    static final String NOTE = "本地项目仍有\"绩效目标\"在审，路径 C:\\目标\n第二行\t制表\u2028分隔";

    private SyncFixtures() {
    }

    /** A project moved upstream while local work hangs on it; the district keeps its own record, with a reason. */
    static SyncConflict projectConflictKeptLocal() {
        SyncConflict conflict = open(SyncConflictId.parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c61"), SyncStream.PROJECTS,
                "43050324T000000000101", ConflictKind.PROJECT_MOVED_WITH_LOCAL_WORK, 4711);
        conflict.resolve(ConflictResolution.KEEP_LOCAL, "sync-op", NOTE, RESOLVED);
        return conflict;
    }

    /** A unit deleted upstream; the district accepts the deletion without a note. */
    static SyncConflict unitConflictAccepted() {
        SyncConflict conflict = open(SyncConflictId.parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c62"), SyncStream.AGENCIES,
                "108002", ConflictKind.UNIT_DELETED_UPSTREAM, 12);
        conflict.resolve(ConflictResolution.ACCEPT_PROVINCIAL, "sync-op", null, RESOLVED);
        return conflict;
    }

    /** Execution figures of a project unknown here; the district keeps nothing and says so. */
    static SyncConflict executionConflictKeptLocal() {
        SyncConflict conflict = open(SyncConflictId.parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c63"), SyncStream.EXECUTION,
                "43050324T000000000999", ConflictKind.REFERENCE_UNRESOLVED, 9_000_000_001L);
        conflict.resolve(ConflictResolution.KEEP_LOCAL, "sync-op", "项目不存在", RESOLVED);
        return conflict;
    }

    private static SyncConflict open(SyncConflictId id, SyncStream stream, String key, ConflictKind kind, long seq) {
        return SyncConflict.reconstitute(id, stream, key, DETECTED, kind, seq, false, Map.of("name", "本地"),
                Map.of("name", "省级"), RUN, ConflictState.OPEN, null, null, null, null);
    }
}
