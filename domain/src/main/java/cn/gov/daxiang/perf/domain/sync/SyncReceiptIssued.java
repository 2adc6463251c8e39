package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The district's receipt for what a run took over (同步回执): up to which change of each stream, how many records it
 * took over and how many it held back as conflicts. The province uses it to see which districts are behind. It
 * changes nothing stored, so the audit trail does not record it.
 *
 * @param takenOverUpTo per stream, the change_seq of the last change taken over, in the order the receipt lists them
 */
public record SyncReceiptIssued(SyncRunId runId, Map<SyncStream, Long> takenOverUpTo, long pulled, long upserted,
                                long conflicts, Instant issuedAt) implements DomainEvent {

    public SyncReceiptIssued {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        takenOverUpTo = Collections.unmodifiableMap(new LinkedHashMap<>(takenOverUpTo));
    }

    @Override
    public String action() {
        return "receipt";
    }

    @Override
    public boolean audited() {
        return false;
    }
}
