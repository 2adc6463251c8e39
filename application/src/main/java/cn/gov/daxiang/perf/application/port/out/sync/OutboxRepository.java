package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.application.sync.OutboxCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The transactional outbox. {@link #append} joins the caller's transaction and refuses to run without one. */
public interface OutboxRepository {

    void append(OutboxMessage message);

    void save(OutboxMessage message);

    Optional<OutboxMessage> findById(OutboxMessageId id);

    /** The ids of messages due at {@code now}, oldest first, at most {@code limit}. */
    List<OutboxMessageId> findDue(Instant now, int limit);

    /** The messages that meet every given criterion, oldest first. */
    Page<OutboxMessage> find(OutboxCriteria criteria, Paging paging);
}
