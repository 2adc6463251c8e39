package cn.gov.daxiang.perf.application.port.in.sync;

import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.application.sync.OutboxMessageId;
import cn.gov.daxiang.perf.domain.access.Actor;

public interface FindOutboxMessageQuery {

    OutboxMessage findOutboxMessage(Actor actor, OutboxMessageId id);
}
