package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.AuditLog;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * What services call around every state change. Runs inside the service's transaction (no transaction
 * of its own), so a change and its audit event commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    @Inject
    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void created(Actor actor, Auditable object) {
        log.record(AuditEvent.created(actor, clock.instant(), object.auditSnapshot()));
    }

    /** Records the update if any field changed; {@code before} was taken before the change. */
    public void updated(Actor actor, AuditSnapshot before, Auditable object) {
        AuditEvent.updated(actor, clock.instant(), before, object.auditSnapshot()).ifPresent(log::record);
    }

    public void transitioned(Actor actor, String action, AuditSnapshot before, Auditable object) {
        log.record(AuditEvent.transitioned(actor, clock.instant(), action, before, object.auditSnapshot()));
    }

    /** A change of something kept beside an object (an assignment, say), under the object's type and id. */
    public void recorded(Actor actor, String action, String objectType, String objectId,
                         java.util.Map<String, String> before, java.util.Map<String, String> after) {
        log.record(AuditEvent.transitioned(actor, clock.instant(), action, new AuditSnapshot(objectType, objectId, before),
                new AuditSnapshot(objectType, objectId, after)));
    }

    public void deleted(Actor actor, AuditSnapshot before) {
        log.record(AuditEvent.deleted(actor, clock.instant(), before));
    }
}
