package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Hands the request's id, assigned at the HTTP edge ({@link HttpEdge}) before anything else ran, to the JAX-RS layer:
 * the problem bodies and the actor of the use cases (hence the audit trail) carry exactly the id the response's
 * {@code X-Request-Id} header does.
 */
public class RequestIdFilter {

    public static final String HEADER = HttpEdge.REQUEST_ID_HEADER;
    public static final String PROPERTY = HttpEdge.REQUEST_ID;

    private final RequestActor requestActor;

    @Inject
    public RequestIdFilter(RequestActor requestActor) {
        this.requestActor = requestActor;
    }

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request, RoutingContext routing) {
        String id = HttpEdge.requestId(routing);
        if (id == null) {
            // Not through the HTTP edge (cannot happen over HTTP): still one id for the whole request.
            id = HttpEdge.requestId((String) null);
        }
        request.setProperty(PROPERTY, id);
        requestActor.setRequestId(id);
    }

    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? null : id.toString();
    }
}
