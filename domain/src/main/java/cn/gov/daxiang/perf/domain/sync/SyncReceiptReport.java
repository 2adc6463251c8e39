package cn.gov.daxiang.perf.domain.sync;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The district's receipt for what a run took over (同步回执): up to which change of each stream, how many records
 * it took over and how many it held back as conflicts. The province uses it to see which districts are behind.
 */
public record SyncReceiptReport(SyncRun run, List<SyncCursor> cursors, String mofDivCode, Instant at) implements ProvincialReport {

    public static final String MESSAGE_TYPE = "sync.receipt";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public String subjectType() {
        return "sync-run";
    }

    @Override
    public String subjectId() {
        return run.getId().toString();
    }

    @Override
    public JsonPayload payload() {
        return JsonPayload.object()
                .put("mof_div_code", mofDivCode)
                .put("run_id", run.getId().toString())
                .put("received_at", at)
                .put("cursors", cursors.stream().map(c -> JsonPayload.object()
                        .put("stream", c.stream().name().toLowerCase(Locale.ROOT))
                        .put("change_seq", c.position())).toList())
                .put("pulled", run.getPulled())
                .put("upserted", run.getUpserted())
                .put("conflicts", run.getConflicts());
    }
}
