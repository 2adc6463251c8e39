package cn.gov.daxiang.perf.adapter.provincial.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * One message of the wire contract (docs/provincial-api.md §reports) before it enters the outbox.
 *
 * @param messageType a stable, dotted, lower-case name such as {@code goal.approved}; the province routes on it
 * @param subjectType the kind of object reported on, e.g. {@code performance-goal}
 * @param subjectId   the object's id or natural key
 * @param payload     the report's content in the contract's data elements (snake_case)
 */
public record ProvincialMessage(String messageType, String subjectType, String subjectId, ObjectNode payload) {

    public ProvincialMessage {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(payload, "payload");
    }
}
