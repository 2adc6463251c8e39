package cn.gov.daxiang.perf.domain.event;

/**
 * Something that happened to a domain object, recorded by the object in the method that made it happen (a goal
 * approved, a monitoring report reviewed, funds decided, ...). The change pipeline hands every recorded event to
 * every subscriber (the audit trail, the provincial outbox, whatever channel an adapter adds) inside the change's
 * own transaction, so an event exists exactly when its change does.
 *
 * <p>Events are records of facts in the domain's own terms: no wire names, no formats. A subscriber that needs a
 * format (the province's JSON, say) maps the event in its adapter.
 */
public interface DomainEvent {

    /**
     * The audit trail's name for the change: {@code create}, {@code update} (recorded only when a field changed),
     * {@code delete}, or a transition's action such as {@code approve}, always lower case.
     */
    String action();

    /**
     * True for a change the audit trail has always recorded as a transition named by {@link #action()}, even when
     * the action reads {@code update} and no field changed (an indicator template's edit, a unit's indicator
     * system): kept so that the trail reads as it did before events.
     */
    default boolean auditedAsTransition() {
        return false;
    }

    /**
     * Whether the audit trail records it: every change of stored state is. A notice that changes nothing stored (a
     * run's receipt to the province, say) reaches the other subscribers only.
     */
    default boolean audited() {
        return true;
    }
}
