package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.sync.FindOutboxMessageQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListOutboxMessagesQuery;
import cn.gov.daxiang.perf.application.port.in.sync.RetryDeadLetterUseCase;
import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.sync.OutboxCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.application.sync.OutboxMessageNotFoundException;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

@ApplicationScoped
@Transactional
public class OutboxService implements ListOutboxMessagesQuery, FindOutboxMessageQuery, RetryDeadLetterUseCase {

    private final OutboxRepository outbox;
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public OutboxService(OutboxRepository outbox, ChangePipeline pipeline, Clock clock) {
        this.outbox = outbox;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public Page<OutboxMessage> listOutboxMessages(Actor actor, OutboxCriteria criteria, Paging paging) {
        AccessPolicy.requireSyncOperator(actor);
        return outbox.find(criteria, paging);
    }

    @Override
    public OutboxMessage findOutboxMessage(Actor actor, OutboxMessageId id) {
        AccessPolicy.requireSyncOperator(actor);
        return outbox.findById(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
    }

    /** The role comes first, so that someone who may not retry learns nothing of which messages exist. */
    @Override
    public OutboxMessage retryDeadLetter(Actor actor, OutboxMessageId id) {
        AccessPolicy.requireSyncOperator(actor);
        return pipeline.change(actor, stored(id))
                .authorisedBy(message -> AccessPolicy.requireSyncOperator(actor))
                .apply(message -> message.retry(clock.instant()))
                .aggregate();
    }

    /** A message has no revision of its own: the retry's transition check (only a dead letter) is what guards it. */
    private AggregateAccess<OutboxMessage> stored(OutboxMessageId id) {
        return new AggregateAccess<>() {
            @Override
            public OutboxMessage load() {
                return outbox.findById(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
            }

            @Override
            public long save(OutboxMessage message) {
                outbox.save(message);
                return 0;
            }
        };
    }
}
