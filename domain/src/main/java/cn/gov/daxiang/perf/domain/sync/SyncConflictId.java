package cn.gov.daxiang.perf.domain.sync;

import java.util.Objects;
import java.util.UUID;

public record SyncConflictId(UUID value) {

    public SyncConflictId {
        Objects.requireNonNull(value, "value");
    }

    public static SyncConflictId random() {
        return new SyncConflictId(UUID.randomUUID());
    }

    public static SyncConflictId parse(String text) {
        return new SyncConflictId(Ids.uuid("conflictId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
