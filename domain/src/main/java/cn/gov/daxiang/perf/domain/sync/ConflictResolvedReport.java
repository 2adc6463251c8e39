package cn.gov.daxiang.perf.domain.sync;

/**
 * Tells the province how the district decided a conflict: that it took the province's change over, or that it
 * keeps its own record and why, so that the province can correct its side.
 */
public record ConflictResolvedReport(SyncConflict conflict, String mofDivCode) implements ProvincialReport {

    public static final String MESSAGE_TYPE = "sync.conflict-resolved";

    @Override
    public String messageType() {
        return MESSAGE_TYPE;
    }

    @Override
    public String subjectType() {
        return SyncConflict.AUDIT_TYPE;
    }

    @Override
    public String subjectId() {
        return conflict.getId().toString();
    }

    @Override
    public JsonPayload payload() {
        String keyElement = switch (conflict.getStream()) {
            case AGENCIES -> "agency_code";
            case PROJECTS, EXECUTION -> "pro_code";
        };
        return JsonPayload.object()
                .put("mof_div_code", mofDivCode)
                .put("conflict_id", conflict.getId().toString())
                .put("conflict_kind", conflict.getKind().name())
                .put("stream", conflict.getStream().name().toLowerCase(java.util.Locale.ROOT))
                .put(keyElement, conflict.getSubjectKey())
                .put("change_seq", conflict.getChangeSeq())
                .put("resolution", conflict.getResolution().map(Enum::name).orElse(null))
                .put("note", conflict.getNote().orElse(null))
                .put("resolved_by", conflict.getResolvedBy().orElse(null))
                .put("resolved_at", conflict.getResolvedAt().orElse(null));
    }
}
