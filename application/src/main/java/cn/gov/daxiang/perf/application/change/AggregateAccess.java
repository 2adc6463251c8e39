package cn.gov.daxiang.perf.application.change;

/**
 * How the change pipeline reaches one stored object of a caller: {@link #load()} gives it only if the caller may see
 * it (a not-found refusal otherwise, never a forbidden one that would tell it exists) and at the revision the caller
 * read (stale otherwise); {@link #save} stores it with the same revision check and gives the new revision.
 */
public interface AggregateAccess<A> {

    A load();

    long save(A aggregate);
}
