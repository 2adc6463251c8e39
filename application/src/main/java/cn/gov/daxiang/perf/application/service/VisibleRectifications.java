package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationAccessPolicy;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads rectification items only if the actor may see them (not found otherwise), for reading or for a change. */
@ApplicationScoped
public class VisibleRectifications {

    private final RectificationRepository rectifications;
    private final DataScopes scopes;

    @Inject
    public VisibleRectifications(RectificationRepository rectifications, DataScopes scopes) {
        this.rectifications = rectifications;
        this.scopes = scopes;
    }

    public RectificationRepository.Stored load(Actor actor, RectificationId id) {
        RectificationRepository.Stored stored = rectifications.findById(id).orElseThrow(() -> new RectificationNotFoundException(id));
        if (!RectificationAccessPolicy.canSee(actor, stored.rectification(), scopes.readScope(actor))) {
            throw new RectificationNotFoundException(id);
        }
        return stored;
    }

    /** For the change pipeline: visible first (404), then the policy (403), then the revision (412). */
    public StoredForChange<Rectification> forChange(Actor actor, RectificationId id, long revision) {
        return new StoredForChange<>(Rectification.AUDIT_TYPE, id.toString(), revision, () -> {
            RectificationRepository.Stored stored = load(actor, id);
            return new StoredForChange.Found<>(stored.rectification(), stored.revision());
        }, rectifications::update);
    }
}
