package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.sync.FindOutboxMessageQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListOutboxMessagesQuery;
import cn.gov.daxiang.perf.application.port.in.sync.RetryDeadLetterUseCase;
import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.application.port.out.sync.OutboxRepository;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.OutboxCriteria;
import cn.gov.daxiang.perf.domain.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.sync.OutboxMessageId;
import cn.gov.daxiang.perf.domain.sync.OutboxMessageNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
@Transactional
public class OutboxService implements ListOutboxMessagesQuery, FindOutboxMessageQuery, RetryDeadLetterUseCase {

    static final String AUDIT_TYPE = "outbox-message";

    private final OutboxRepository outbox;
    private final AuditLog auditLog;
    private final Clock clock;

    @Inject
    public OutboxService(OutboxRepository outbox, AuditLog auditLog, Clock clock) {
        this.outbox = outbox;
        this.auditLog = auditLog;
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

    @Override
    public OutboxMessage retryDeadLetter(Actor actor, OutboxMessageId id) {
        AccessPolicy.requireSyncOperator(actor);
        OutboxMessage message = outbox.findById(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
        AuditSnapshot before = snapshot(message);
        message.retry(clock.instant());
        outbox.save(message);
        auditLog.record(AuditEvent.transitioned(actor, clock.instant(), "retry", before, snapshot(message)));
        return message;
    }

    private static AuditSnapshot snapshot(OutboxMessage message) {
        Map<String, String> fields = new HashMap<>();
        fields.put("state", message.getState().name());
        fields.put("attempts", Integer.toString(message.getAttempts()));
        fields.put("messageType", message.getMessageType());
        fields.put("lastError", message.getLastError().orElse(null));
        return new AuditSnapshot(AUDIT_TYPE, message.getId().toString(), fields);
    }
}
