package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.OutboxCriteria;
import cn.gov.daxiang.perf.domain.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.OutboxMessageId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in memory, oldest first. Without transactions, an append is kept at once. */
public class InMemoryOutboxRepository implements OutboxRepository {

    private final Map<OutboxMessageId, OutboxMessage> stored = new LinkedHashMap<>();

    /** Every message, oldest first (copies). */
    public List<OutboxMessage> all() {
        return stored.values().stream().map(Copies::of).toList();
    }

    @Override
    public void append(OutboxMessage message) {
        if (stored.containsKey(message.getId())) {
            throw new IllegalStateException("outbox message " + message.getId() + " is stored already");
        }
        stored.put(message.getId(), Copies.of(message));
    }

    @Override
    public void save(OutboxMessage message) {
        stored.put(message.getId(), Copies.of(message));
    }

    @Override
    public Optional<OutboxMessage> findById(OutboxMessageId id) {
        return Optional.ofNullable(stored.get(id)).map(Copies::of);
    }

    @Override
    public List<OutboxMessageId> findDue(Instant now, int limit) {
        return stored.values().stream().filter(m -> m.isDue(now)).limit(limit).map(OutboxMessage::getId).toList();
    }

    @Override
    public Page<OutboxMessage> find(OutboxCriteria criteria, Paging paging) {
        return Pages.of(stored.values().stream()
                .filter(m -> criteria.state() == null || criteria.state() == m.getState())
                .filter(m -> criteria.messageType() == null || criteria.messageType().equals(m.getMessageType()))
                .filter(m -> criteria.subjectId() == null || criteria.subjectId().equals(m.getSubjectId()))
                .map(Copies::of).toList(), paging);
    }
}
