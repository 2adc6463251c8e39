package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.OutboxMessageId;

public interface FindOutboxMessageQuery {

    OutboxMessage findOutboxMessage(Actor actor, OutboxMessageId id);
}
