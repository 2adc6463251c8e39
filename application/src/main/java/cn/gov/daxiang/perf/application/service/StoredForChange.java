package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One stored object for the change pipeline whose revision is checked only once the caller is authorised. For what
 * more callers may see than may change (monitoring rounds, campaigns, grade schemes), the API has always answered
 * someone who may not change it forbidden, whatever revision they sent; so {@link #load} refuses only what the caller
 * may not see, and {@link #authorisedBy} checks the revision after the policy.
 */
public final class StoredForChange<A> implements AggregateAccess<A> {

    /** The object as stored, at its revision. */
    public record Found<A>(A aggregate, long revision) {
    }

    /** Stores the object if it is still at the expected revision, and gives its new revision. */
    @FunctionalInterface
    public interface Update<A> {
        long update(A aggregate, long expectedRevision);
    }

    private final String type;
    private final String id;
    private final long revision;
    private final Supplier<Found<A>> find;
    private final Update<A> update;
    private long storedRevision;

    /**
     * @param find the object if the caller may see it; it throws the object's not-found refusal otherwise
     */
    public StoredForChange(String type, String id, long revision, Supplier<Found<A>> find, Update<A> update) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        this.revision = revision;
        this.find = Objects.requireNonNull(find, "find");
        this.update = Objects.requireNonNull(update, "update");
    }

    @Override
    public A load() {
        Found<A> found = find.get();
        storedRevision = found.revision();
        return found.aggregate();
    }

    /** The policy, then the revision the caller read: forbidden before stale. */
    public Consumer<A> authorisedBy(Consumer<A> policy) {
        return aggregate -> {
            policy.accept(aggregate);
            if (storedRevision != revision) {
                throw new StaleRevisionException(type, id, revision, storedRevision);
            }
        };
    }

    @Override
    public long save(A aggregate) {
        return update.update(aggregate, revision);
    }
}
