package cn.gov.daxiang.perf.adapter.rest.evidence;

import cn.gov.daxiang.perf.adapter.rest.error.Problem;
import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.shared.RequestIdFilter;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentRefusedException;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileTooLargeException;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence upload's own refusals: content of a type not accepted (415, naming what was detected and what is
 * accepted), a file over the limit (413, naming the limit), and a multipart form the HTTP layer cannot parse
 * (truncated, or its boundary never met: 400 REQUEST_MALFORMED, a client's mistake), as problem+json like every other
 * error. Any other I/O failure stays the server's (500), logged as the general mapper does.
 */
public class EvidenceProblemMappers {

    private static final Logger LOG = Logger.getLogger(EvidenceProblemMappers.class);
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    private final ProblemMessages messages;

    @Inject
    public EvidenceProblemMappers(ProblemMessages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response contentRefused(EvidenceContentRefusedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(415, e, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response tooLarge(EvidenceFileTooLargeException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(413, e, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response io(IOException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        boolean clientForm = java.util.Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().startsWith(MULTIPART_PARSER));
        String code = clientForm ? "REQUEST_MALFORMED" : "INTERNAL_ERROR";
        int status = clientForm ? 400 : 500;
        if (!clientForm) {
            LOG.errorf(e, "request %s failed", RequestIdFilter.of(request));
        }
        Problem body = new Problem(type(code), messages.title(code, locale), status, messages.detail(code, Map.of(), locale), uri.getPath(), code,
                RequestIdFilter.of(request), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body).build();
    }

    private Response problem(int status, DomainException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        String detail = messages.detail(e.code(), e.arguments(), locale);
        Problem body = new Problem(type(e.code()), messages.title(e.code(), locale), status, detail, uri.getPath(), e.code(),
                RequestIdFilter.of(request), List.of(new Problem.Violation(EvidenceFileResource.FILE, e.code(), detail)));
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body).build();
    }

    static String type(String code) {
        return "urn:daxiang-perf:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
