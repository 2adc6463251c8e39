package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Optional;

/**
 * How the events of one capability become the province's messages. A CDI bean per capability; the outbox
 * subscriber asks each. Adding a reported event is a case here and a section in docs/provincial-api.md; nothing in
 * {@code domain} or {@code application} changes.
 */
public interface ProvincialMessageMapping {

    /** The event's message, or empty when the province is not told of this event (or it is another mapping's). */
    Optional<ProvincialMessage> map(DomainEvent event, String mofDivCode);
}
