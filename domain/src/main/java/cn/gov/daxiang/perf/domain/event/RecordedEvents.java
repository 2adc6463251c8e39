package cn.gov.daxiang.perf.domain.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events an object has recorded and not yet handed on; objects hold one and delegate to it. Recording an
 * event equal to the last one recorded keeps one: a change that passes the same step twice (an edit of the
 * content and of the upper-level goal in one request) is one event, and one audit record.
 */
public final class RecordedEvents implements RecordsEvents {

    private final List<DomainEvent> events = new ArrayList<>();

    public void record(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (events.isEmpty() || !events.get(events.size() - 1).equals(event)) {
            events.add(event);
        }
    }

    @Override
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
