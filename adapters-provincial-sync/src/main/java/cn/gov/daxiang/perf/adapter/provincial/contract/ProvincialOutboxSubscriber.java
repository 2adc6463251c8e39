package cn.gov.daxiang.perf.adapter.provincial.contract;

import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * The provincial outbox hears every event and writes those the province is told of as messages of the wire contract,
 * in the change's transaction (the transactional outbox); the sync delivers them later with retries and each
 * message's idempotency key. Which events and in what shape is the mappings' business.
 */
@ApplicationScoped
public class ProvincialOutboxSubscriber implements DomainEventSubscriber {

    private final OutboxRepository outbox;
    private final Instance<ProvincialMessageMapping> mappings;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public ProvincialOutboxSubscriber(OutboxRepository outbox, @Any Instance<ProvincialMessageMapping> mappings,
                                      SyncSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mappings = mappings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void on(PublishedEvent published) {
        for (ProvincialMessageMapping mapping : mappings) {
            Optional<ProvincialMessage> message = mapping.map(published.event(), settings.mofDivCode());
            message.ifPresent(m -> outbox.append(OutboxMessage.of(m.messageType(), m.subjectType(), m.subjectId(),
                    ContractJson.write(m.payload()), clock.instant())));
        }
    }
}
