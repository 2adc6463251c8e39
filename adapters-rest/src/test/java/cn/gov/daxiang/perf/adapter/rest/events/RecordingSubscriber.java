package cn.gov.daxiang.perf.adapter.rest.events;

import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * An outbound channel that exists only in this adapter's test sources, as docs/extending.md's path 1 describes: CDI
 * finds it, the change pipeline hands it every event, and nothing in domain or application knows of it. It keeps
 * how many events of each type it heard and what was wrong with any of them (not the events themselves, since it hears
 * every test class's changes), from any thread (sync runs publish from their own).
 */
@ApplicationScoped
public class RecordingSubscriber implements DomainEventSubscriber {

    private final Map<Class<? extends DomainEvent>, LongAdder> received = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> defects = new ConcurrentLinkedQueue<>();

    @Override
    public void on(PublishedEvent published) {
        received.computeIfAbsent(published.event().getClass(), type -> new LongAdder()).increment();
        defects.addAll(defectsOf(published));
    }

    /**
     * What a subscriber may rely on: an actor with an id, a time, the object after the change (except after a
     * deletion) and before it (except for a creation, and for a notice that changes nothing stored, such as a
     * run's receipt, which has no earlier state of its own).
     */
    static List<String> defectsOf(PublishedEvent published) {
        DomainEvent event = published.event();
        String name = event.getClass().getSimpleName() + " (" + event.action() + ")";
        List<String> found = new ArrayList<>();
        if (published.actor() == null || published.actor().userId() == null) {
            found.add(name + " without an actor");
        }
        if (published.at() == null) {
            found.add(name + " without a time");
        }
        switch (event.action()) {
            case "create" -> {
                if (published.after() == null) {
                    found.add(name + " creation without the created object");
                }
                if (published.before() != null) {
                    found.add(name + " creation with an earlier state");
                }
            }
            case "delete" -> {
                if (published.before() == null) {
                    found.add(name + " deletion without the deleted object");
                }
                if (published.after() != null) {
                    found.add(name + " deletion with a later state");
                }
            }
            default -> {
                if (published.after() == null) {
                    found.add(name + " without the object after the change");
                }
                if (event.audited() && published.before() == null) {
                    found.add(name + " without the object before the change");
                }
            }
        }
        return found;
    }

    public void reset() {
        received.clear();
        defects.clear();
    }

    /** Event type (class name) to the number heard since the last reset. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        received.forEach((type, n) -> counts.put(type.getName(), n.sum()));
        return counts;
    }

    public List<String> defects() {
        return List.copyOf(defects);
    }
}
