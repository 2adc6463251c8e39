package cn.gov.daxiang.perf.adapter.persistence.sync;

import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.application.sync.OutboxCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.application.sync.OutboxState;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OutboxPersistenceAdapter implements OutboxRepository {

    private static final Sort OLDEST_FIRST = Sort.by("id");

    private final OutboxMessagePanacheRepository panache;
    private final SyncPersistenceMapper mapper;

    @Inject
    public OutboxPersistenceAdapter(OutboxMessagePanacheRepository panache, SyncPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    /** Joins the caller's transaction and refuses to run without one: a report must commit with its change. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxMessage message) {
        OutboxMessageJpaEntity entity = new OutboxMessageJpaEntity();
        mapper.copy(message, entity);
        panache.persist(entity);
    }

    @Override
    public void save(OutboxMessage message) {
        OutboxMessageJpaEntity entity = find(message.getId()).orElse(null);
        if (entity == null) {
            append(message);
            return;
        }
        mapper.copy(message, entity);
    }

    @Override
    public Optional<OutboxMessage> findById(OutboxMessageId id) {
        return find(id).map(mapper::toDomain);
    }

    @Override
    public List<OutboxMessageId> findDue(Instant now, int limit) {
        return panache.find("state = :state and nextAttemptAt <= :now", OLDEST_FIRST,
                        Parameters.with("state", OutboxState.PENDING.name()).and("now", now.atOffset(ZoneOffset.UTC)))
                .page(0, limit).list().stream().map(e -> new OutboxMessageId(e.messageId)).toList();
    }

    @Override
    public Page<OutboxMessage> find(OutboxCriteria criteria, Paging paging) {
        DynamicQuery query = new DynamicQuery();
        if (criteria.state() != null) {
            query.and("state = :state", "state", criteria.state().name());
        }
        if (criteria.messageType() != null) {
            query.and("messageType = :messageType", "messageType", criteria.messageType());
        }
        if (criteria.subjectId() != null) {
            query.and("subjectId = :subjectId", "subjectId", criteria.subjectId());
        }
        return query.page(panache, OLDEST_FIRST, paging).map(mapper::toDomain);
    }

    private Optional<OutboxMessageJpaEntity> find(OutboxMessageId id) {
        return panache.getSession().bySimpleNaturalId(OutboxMessageJpaEntity.class).loadOptional(id.value());
    }
}
