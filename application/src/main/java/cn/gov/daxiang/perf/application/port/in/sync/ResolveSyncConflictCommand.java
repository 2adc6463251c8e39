package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A person's decision on one conflict. A decision is always named (a missing one is the same refusal as an unknown
 * one); whether it needs a note, and how long a note may be, is the conflict's own rule.
 *
 * @param note the reason; required to keep the local record, optional to accept the province's change
 */
public record ResolveSyncConflictCommand(SyncConflictId conflictId, ConflictResolution resolution, String note) {

    public ResolveSyncConflictCommand {
        Objects.requireNonNull(conflictId, "conflictId");
        if (resolution == null) {
            throw new InvalidValueException("resolution", "SYNC_CONFLICT_RESOLUTION_UNKNOWN",
                    Map.of("value", "", "allowed", Arrays.toString(ConflictResolution.values())));
        }
    }
}
