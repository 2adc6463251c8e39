package cn.gov.daxiang.perf.domain.event;

import java.util.List;

/** A domain object that records what happens to it, for the change pipeline to hand on once the change is saved. */
public interface RecordsEvents {

    /** The events recorded since the last call, oldest first; recording starts afresh. */
    List<DomainEvent> pullEvents();
}
