package cn.gov.daxiang.perf.domain.referencedata;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/**
 * The district took over a record the province masters (a budget unit, a project, a project's execution figures):
 * a new one ({@code create}) or a change of one it had ({@code update}, audited only when a field changed).
 *
 * @param objectType the record's type as the audit trail names it, e.g. {@code project}
 * @param key        its natural key (unit code, project code)
 */
public record ReferenceRecordTakenOver(String objectType, String key, boolean isNew) implements DomainEvent {

    public ReferenceRecordTakenOver {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String action() {
        return isNew ? "create" : "update";
    }
}
