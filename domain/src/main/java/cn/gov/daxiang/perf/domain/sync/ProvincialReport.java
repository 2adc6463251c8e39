package cn.gov.daxiang.perf.domain.sync;

/**
 * Something the district reports to the provincial platform: a state change mastered here (a goal approved,
 * a monitoring report reviewed, a self-evaluation completed, a conflict resolved, ...). A service hands it to
 * the outbox in the transaction of the change it reports, so the report exists exactly when the change does.
 *
 * <p>Adding a pushed event type: a record implementing this interface (its {@link #messageType()} a new
 * dotted name, its payload the data elements the province expects), and one call of
 * {@code ProvincialReports.report(...)} in the service's transaction. Nothing else changes: the outbox, the
 * publisher, the wire contract and the file exchange carry any type.
 */
public interface ProvincialReport {

    /** A stable, dotted, lower-case name such as {@code goal.approved}; the province routes on it. */
    String messageType();

    /** The kind of object reported on, e.g. {@code performance-goal}. */
    String subjectType();

    /** The object's id or natural key. */
    String subjectId();

    /** The report's content in the wire contract's data elements (snake_case). */
    JsonPayload payload();
}
