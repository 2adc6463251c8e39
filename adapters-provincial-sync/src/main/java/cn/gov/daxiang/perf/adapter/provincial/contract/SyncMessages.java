package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.sync.ConflictResolved;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncReceiptIssued;
import cn.gov.daxiang.perf.domain.sync.SyncStream;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/**
 * The sync's own messages: {@code sync.conflict-resolved} tells the province how the district decided a conflict (so
 * it can correct its side), {@code sync.receipt} (同步回执) up to which change of each stream a run took over.
 */
@ApplicationScoped
public class SyncMessages implements ProvincialMessageMapping {

    public static final String CONFLICT_RESOLVED = "sync.conflict-resolved";
    public static final String RECEIPT = "sync.receipt";
    static final String RUN_SUBJECT = "sync-run";

    @Override
    public Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode) {
        if (event instanceof ConflictResolved resolved) {
            return Optional.of(new ProvincialMessage(CONFLICT_RESOLVED, SyncConflict.AUDIT_TYPE, resolved.conflictId().toString(),
                    conflictResolved(resolved, mofDivCode)));
        }
        if (event instanceof SyncReceiptIssued receipt) {
            return Optional.of(new ProvincialMessage(RECEIPT, RUN_SUBJECT, receipt.runId().toString(), receipt(receipt, mofDivCode)));
        }
        return Optional.empty();
    }

    private static ObjectNode conflictResolved(ConflictResolved event, String mofDivCode) {
        String keyElement = switch (event.stream()) {
            case AGENCIES -> "agency_code";
            case PROJECTS, EXECUTION -> "pro_code";
        };
        return ContractJson.object()
                .put("mof_div_code", mofDivCode)
                .put("conflict_id", event.conflictId().toString())
                .put("conflict_kind", event.kind().name())
                .put("stream", stream(event.stream()))
                .put(keyElement, event.subjectKey())
                .put("change_seq", event.changeSeq())
                .put("resolution", event.resolution().name())
                .put("note", event.note())
                .put("resolved_by", event.resolvedBy())
                .put("resolved_at", event.resolvedAt().toString());
    }

    private static ObjectNode receipt(SyncReceiptIssued event, String mofDivCode) {
        ObjectNode payload = ContractJson.object()
                .put("mof_div_code", mofDivCode)
                .put("run_id", event.runId().toString())
                .put("received_at", event.issuedAt().toString());
        ArrayNode cursors = payload.putArray("cursors");
        event.takenOverUpTo().forEach((stream, seq) -> cursors.add(ContractJson.object()
                .put("stream", stream(stream))
                .put("change_seq", seq)));
        return payload
                .put("pulled", event.pulled())
                .put("upserted", event.upserted())
                .put("conflicts", event.conflicts());
    }

    private static String stream(SyncStream stream) {
        return stream.name().toLowerCase(Locale.ROOT);
    }
}
