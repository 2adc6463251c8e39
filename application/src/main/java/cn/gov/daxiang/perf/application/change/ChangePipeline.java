package cn.gov.daxiang.perf.application.change;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one way state changes: load what the caller may see, authorise through the domain's policy, apply the command,
 * save with the revision check, and hand the events the object recorded to every subscriber (the audit trail, the
 * provincial outbox, ...) in the same transaction. A service says what to load, who may, and what to do; it never
 * writes an audit record or an outbox message itself, so none can be forgotten, and a rolled-back change leaves
 * neither.
 *
 * <pre>{@code
 * Saved<PerformanceGoal, Void> saved = pipeline.change(actor, visibleGoals.forChange(actor, id, revision))
 *         .authorisedBy(goal -> GoalAccessPolicy.requireFinance(actor, "approve-goal"))
 *         .apply(goal -> goal.approve(actor.userId(), clock.instant()));
 * }</pre>
 */
@ApplicationScoped
public class ChangePipeline {

    private final EventDispatcher dispatcher;

    @Inject
    public ChangePipeline(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** A change of a stored object, run by {@link Change#apply} once its authorisation is given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <A extends Auditable & RecordsEvents> Change<A> change(Actor actor, AggregateAccess<A> access) {
        return new Change<>(actor, access, null);
    }

    /** Stores a new object (its factory recorded its creation) and publishes what it recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <A extends Auditable & RecordsEvents> long create(Actor actor, A created, ToLongFunction<A> add) {
        long revision = add.applyAsLong(created);
        dispatcher.dispatch(actor, null, created.auditSnapshot(), created.pullEvents());
        return revision;
    }

    /** Stores new objects in one batch (an import's declarations) and publishes what each recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <A extends Auditable & RecordsEvents> void createAll(Actor actor, List<A> created, Consumer<List<A>> addAll) {
        addAll.accept(created);
        created.forEach(a -> dispatcher.dispatch(actor, null, a.auditSnapshot(), a.pullEvents()));
    }

    /**
     * Saves a change that had to be applied before it could be saved (an import applies every declaration first and
     * saves only when all are sound), and publishes what the object recorded; {@code before} was taken when it was
     * loaded, which the caller did as {@link AggregateAccess#load} does: visible to the actor, authorised.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <A extends Auditable & RecordsEvents> long saveApplied(Actor actor, AuditSnapshot before, A changed, ToLongFunction<A> save) {
        long revision = save.applyAsLong(changed);
        dispatcher.dispatch(actor, before, changed.auditSnapshot(), changed.pullEvents());
        return revision;
    }

    /**
     * Publishes an event of something that is not an aggregate of its own (an assignment kept beside a goal, a run's
     * bookkeeping), after the caller has stored it; {@code before} is null for a creation, {@code after} for a deletion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, DomainEvent event, AuditSnapshot before, AuditSnapshot after) {
        dispatcher.dispatch(actor, before, after, List.of(event));
    }

    /** One change under way: who makes it, on what, and the authorisation it needs. */
    public final class Change<A extends Auditable & RecordsEvents> {

        private final Actor actor;
        private final AggregateAccess<A> access;
        private final Consumer<A> authorisation;

        private Change(Actor actor, AggregateAccess<A> access, Consumer<A> authorisation) {
            this.actor = Objects.requireNonNull(actor, "actor");
            this.access = Objects.requireNonNull(access, "access");
            this.authorisation = authorisation;
        }

        /** The domain policy's check of the caller against the loaded object; it throws to refuse. */
        public Change<A> authorisedBy(Consumer<A> policy) {
            return new Change<>(actor, access, Objects.requireNonNull(policy, "policy"));
        }

        public Saved<A, Void> apply(Consumer<A> command) {
            return applyAndAnswer(aggregate -> {
                command.accept(aggregate);
                return null;
            });
        }

        /** As {@link #apply}, for a command that answers something besides the change (a submission's warnings). */
        public <T> Saved<A, T> applyAndAnswer(Function<A, T> command) {
            if (authorisation == null) {
                throw new IllegalStateException("a change needs its authorisation: call authorisedBy first");
            }
            A aggregate = access.load();
            authorisation.accept(aggregate);
            aggregate.pullEvents(); // what loading recorded, if anything, is not this change
            AuditSnapshot before = aggregate.auditSnapshot();
            T answer = command.apply(aggregate);
            long revision = access.save(aggregate);
            dispatcher.dispatch(actor, before, aggregate.auditSnapshot(), aggregate.pullEvents());
            return new Saved<>(aggregate, revision, answer);
        }
    }
}
