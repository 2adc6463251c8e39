package cn.gov.daxiang.perf.domain.sync;


import java.util.Objects;
import java.util.UUID;

public record SyncRunId(UUID value) {

    public SyncRunId {
        Objects.requireNonNull(value, "value");
    }

    public static SyncRunId random() {
        return new SyncRunId(UUID.randomUUID());
    }

    public static SyncRunId parse(String text) {
        return new SyncRunId(Ids.uuid("runId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
