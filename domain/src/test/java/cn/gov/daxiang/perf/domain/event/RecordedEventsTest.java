package cn.gov.daxiang.perf.domain.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordedEventsTest {

    private record Happened(String what) implements DomainEvent {
        @Override
        public String action() {
            return what;
        }
    }

    @Test
    void pullingHandsOnTheEventsOldestFirstAndStartsAfresh() {
        RecordedEvents events = new RecordedEvents();
        events.record(new Happened("submit"));
        events.record(new Happened("approve"));

        assertThat(events.pullEvents()).containsExactly(new Happened("submit"), new Happened("approve"));
        assertThat(events.pullEvents()).isEmpty();
    }

    @Test
    void anEventEqualToTheLastOneRecordedIsKeptOnce() {
        RecordedEvents events = new RecordedEvents();
        events.record(new Happened("edit"));
        events.record(new Happened("edit"));

        assertThat(events.pullEvents()).containsExactly(new Happened("edit"));
    }

    @Test
    void equalEventsWithAnotherBetweenThemAreEachKept() {
        RecordedEvents events = new RecordedEvents();
        events.record(new Happened("edit"));
        events.record(new Happened("submit"));
        events.record(new Happened("edit"));

        assertThat(events.pullEvents()).extracting(DomainEvent::action).containsExactly("edit", "submit", "edit");
    }

    @Test
    void anEventRecordedAgainAfterAPullIsANewOne() {
        RecordedEvents events = new RecordedEvents();
        events.record(new Happened("deactivate"));
        events.pullEvents();
        events.record(new Happened("deactivate"));

        assertThat(events.pullEvents()).containsExactly(new Happened("deactivate"));
    }

    @Test
    void theListPulledCannotBeChangedByItsReader() {
        RecordedEvents events = new RecordedEvents();
        events.record(new Happened("submit"));

        assertThatThrownBy(() -> events.pullEvents().add(new Happened("approve"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nothingIsNotAnEvent() {
        assertThatThrownBy(() -> new RecordedEvents().record(null)).isInstanceOf(NullPointerException.class);
    }
}
