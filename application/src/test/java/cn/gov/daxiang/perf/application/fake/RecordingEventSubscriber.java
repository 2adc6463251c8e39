package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;

import java.util.ArrayList;
import java.util.List;

/** A channel that keeps every event it hears, in order, for a use-case test to read. */
public class RecordingEventSubscriber implements DomainEventSubscriber {

    public final List<PublishedEvent> published = new ArrayList<>();

    @Override
    public void on(PublishedEvent event) {
        published.add(event);
    }

    /** The events heard, without who and when. */
    public List<DomainEvent> events() {
        return published.stream().map(PublishedEvent::event).toList();
    }

    /** The events heard of one type, in order. */
    public <E extends DomainEvent> List<E> events(Class<E> type) {
        return published.stream().map(PublishedEvent::event).filter(type::isInstance).map(type::cast).toList();
    }
}
