package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.domain.access.Actor;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The actor of the current request, with the request's id, for the use cases. */
@RequestScoped
public class RequestActor {

    private final SecurityIdentity identity;
    private String requestId;

    @Inject
    public RequestActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }

    public Actor actor() {
        Actor actor = identity.getAttribute(ActorIdentityAugmentor.ACTOR_ATTRIBUTE);
        if (actor == null) {
            throw new UnauthorizedException();
        }
        return new Actor(actor.userId(), actor.roles(), actor.unit(), actor.agency(), requestId);
    }
}
