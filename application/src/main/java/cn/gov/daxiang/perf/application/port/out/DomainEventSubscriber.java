package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.event.PublishedEvent;

/**
 * A channel that hears every domain event, inside the transaction of the change that recorded it: the audit trail,
 * the provincial outbox, or any channel an adapter adds (a CDI bean implementing this is picked up; nothing in
 * {@code domain} or {@code application} changes). What a subscriber writes commits or rolls back with the change;
 * a subscriber that throws rolls the change back. Subscribers pick the events they care for and ignore the rest.
 */
public interface DomainEventSubscriber {

    void on(PublishedEvent event);
}
