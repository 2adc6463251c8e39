package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.application.sync.OutboxCriteria;
import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The outbox, oldest first; dead letters are the messages in state DEAD_LETTER. */
public interface ListOutboxMessagesQuery {

    Page<OutboxMessage> listOutboxMessages(Actor actor, OutboxCriteria criteria, Paging paging);
}
