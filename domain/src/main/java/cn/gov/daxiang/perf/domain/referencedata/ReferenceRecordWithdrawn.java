package cn.gov.daxiang.perf.domain.referencedata;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** A record the province deleted is removed here too, once the district accepted the deletion. */
public record ReferenceRecordWithdrawn(String objectType, String key) implements DomainEvent {

    public ReferenceRecordWithdrawn {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String action() {
        return "delete";
    }
}
