package cn.gov.daxiang.perf.adapter.persistence.audit;

import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.domain.audit.AuditCriteria;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneOffset;

@ApplicationScoped
public class AuditLogPersistenceAdapter implements AuditLog {

    private static final Sort NEWEST_FIRST = Sort.descending("id");

    private final AuditEventPanacheRepository panache;
    private final AuditEventPersistenceMapper mapper;

    @Inject
    public AuditLogPersistenceAdapter(AuditEventPanacheRepository panache, AuditEventPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    /** Joins the caller's transaction and refuses to run without one: an event must commit with its change. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        panache.persist(mapper.toEntity(event));
    }

    @Override
    public Page<AuditEvent> find(AuditCriteria criteria, Paging paging) {
        DynamicQuery query = new DynamicQuery();
        criteria.objectTypeFilter().ifPresent(t -> query.and("objectType = :objectType", "objectType", t));
        criteria.objectIdFilter().ifPresent(i -> query.and("objectId = :objectId", "objectId", i));
        criteria.actorFilter().ifPresent(a -> query.and("actorId = :actorId", "actorId", a));
        criteria.fromFilter().ifPresent(f -> query.and("occurredAt >= :from", "from", f.atOffset(ZoneOffset.UTC)));
        criteria.toFilter().ifPresent(t -> query.and("occurredAt < :to", "to", t.atOffset(ZoneOffset.UTC)));
        return query.page(panache, NEWEST_FIRST, paging).map(mapper::toDomain);
    }
}
