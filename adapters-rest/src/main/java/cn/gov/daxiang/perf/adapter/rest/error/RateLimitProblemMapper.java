package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.ratelimit.RateLimitHeaders;
import cn.gov.daxiang.perf.adapter.rest.ratelimit.RateLimitedException;
import cn.gov.daxiang.perf.adapter.rest.shared.RequestIdFilter;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A caller over its rate limit: 429 RATE_LIMITED, and when to try again (Retry-After, in seconds). */
public class RateLimitProblemMapper {

    static final String CODE = "RATE_LIMITED";

    private final ProblemMessages messages;

    @Inject
    public RateLimitProblemMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        long retryAfter = e.decision().retryAfterSeconds();
        Problem body = new Problem(ProblemExceptionMappers.type(CODE), messages.title(CODE, locale), 429,
                messages.detail(CODE, Map.of("retryAfter", retryAfter), locale), uri.getPath(), CODE, RequestIdFilter.of(request), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(RateLimitHeaders.RETRY_AFTER, retryAfter).entity(body).build();
    }
}
