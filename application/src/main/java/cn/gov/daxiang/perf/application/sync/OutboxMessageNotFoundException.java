package cn.gov.daxiang.perf.application.sync;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class OutboxMessageNotFoundException extends NotFoundException {

    public OutboxMessageNotFoundException(OutboxMessageId id) {
        super("OUTBOX_MESSAGE_NOT_FOUND", Map.of("messageId", id.toString()));
    }
}
