package cn.gov.daxiang.perf.application.change;

import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/** Hands recorded events to every subscriber, synchronously, in the caller's transaction. */
@ApplicationScoped
public class EventDispatcher {

    private final Iterable<DomainEventSubscriber> subscribers;
    private final Clock clock;

    @Inject
    public EventDispatcher(@Any Instance<DomainEventSubscriber> subscribers, Clock clock) {
        this((Iterable<DomainEventSubscriber>) subscribers, clock);
    }

    /** For use-case tests without a container. */
    public EventDispatcher(Iterable<DomainEventSubscriber> subscribers, Clock clock) {
        this.subscribers = subscribers;
        this.clock = clock;
    }

    /** Each event with the object's snapshots around the change (before null for a creation, after null for a deletion). */
    public void dispatch(Actor actor, AuditSnapshot before, AuditSnapshot after, List<DomainEvent> events) {
        for (DomainEvent event : events) {
            PublishedEvent published = new PublishedEvent(event, actor, clock.instant(), before, after);
            for (DomainEventSubscriber subscriber : subscribers) {
                subscriber.on(published);
            }
        }
    }
}
