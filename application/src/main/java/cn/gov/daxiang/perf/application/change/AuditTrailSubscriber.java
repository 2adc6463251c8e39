package cn.gov.daxiang.perf.application.change;

import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The audit trail hears every event: one record per event, written in the change's transaction. */
@ApplicationScoped
public class AuditTrailSubscriber implements DomainEventSubscriber {

    private final AuditLog log;

    @Inject
    public AuditTrailSubscriber(AuditLog log) {
        this.log = log;
    }

    @Override
    public void on(PublishedEvent event) {
        AuditEvent.of(event).ifPresent(log::record);
    }
}
