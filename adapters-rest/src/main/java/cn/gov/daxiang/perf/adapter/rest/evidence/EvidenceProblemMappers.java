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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/**
 * The evidence upload's own refusals: content of a type not accepted (415, naming what was detected and what is
 * accepted) and a file over the limit (413, naming the limit), as problem+json like every other error.
 */
public class EvidenceProblemMappers {

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
