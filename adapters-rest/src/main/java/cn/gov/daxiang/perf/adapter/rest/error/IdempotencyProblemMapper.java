package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.shared.RequestIdFilter;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKeyInProgressException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** A create whose idempotency key is held by a request still running: 409, and when to ask again (Retry-After). */
public class IdempotencyProblemMapper {

    private final ProblemMessages messages;

    @Inject
    public IdempotencyProblemMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response keyInProgress(IdempotencyKeyInProgressException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        Problem body = new Problem(ProblemExceptionMappers.type(e.code()), messages.title(e.code(), locale), 409,
                messages.detail(e.code(), e.arguments(), locale), uri.getPath(), e.code(), RequestIdFilter.of(request), List.of());
        return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds())).entity(body).build();
    }
}
