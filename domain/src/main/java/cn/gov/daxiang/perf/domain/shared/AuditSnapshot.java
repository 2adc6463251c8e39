package cn.gov.daxiang.perf.domain.shared;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An object's auditable state at one moment: its type, its id and its fields as text (values as a
 * person would read them; null for absent). Two snapshots of the same object give the changed fields.
 */
public record AuditSnapshot(String objectType, String objectId, Map<String, String> fields) {

    public AuditSnapshot {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        // TreeMap: stable field order, and null values allowed.
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }
}
