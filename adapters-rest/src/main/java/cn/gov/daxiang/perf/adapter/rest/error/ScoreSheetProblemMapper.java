package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.shared.RequestIdFilter;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreSheetRejectedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/**
 * A key evaluation's score sheet with bad lines (422): one violation per bad line, named {@code scores[N]} after the
 * line's position in the sheet (the spreadsheet import names its rows itself), the first 200 of them.
 */
public class ScoreSheetProblemMapper {

    private final ProblemMessages messages;

    @Inject
    public ScoreSheetProblemMapper(ProblemMessages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response scoreSheetRejected(ScoreSheetRejectedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        List<Problem.Violation> violations = e.problems().stream().limit(ProblemExceptionMappers.MAX_IMPORT_VIOLATIONS)
                .map(p -> new Problem.Violation("scores[" + p.index() + "]", p.code(), messages.detail(p.code(), p.arguments(), locale)))
                .toList();
        Problem body = new Problem(ProblemExceptionMappers.type(e.code()), messages.title(e.code(), locale), 422,
                messages.detail(e.code(), e.arguments(), locale), uri.getPath(), e.code(), RequestIdFilter.of(request), violations);
        return Response.status(422).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).entity(body).build();
    }
}
