package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.shared.RequestIdFilter;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetLimitExceededException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spreadsheet endpoints' own refusals: a workbook beyond a limit (413 for its unpacked size and entries, 422 for
 * the rows, columns and cells of its table), naming the limit's setting and value; and the bulkhead full (429 with
 * Retry-After).
 */
public class SpreadsheetProblemMappers {

    private final ProblemMessages messages;

    @Inject
    public SpreadsheetProblemMappers(ProblemMessages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response limitExceeded(SpreadsheetLimitExceededException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        String code = e.limit().code();
        String detail = messages.detail(code, e.arguments(), locale);
        Problem body = new Problem(ProblemExceptionMappers.type(code), messages.title(code, locale), e.limit().status(), detail,
                uri.getPath(), code, RequestIdFilter.of(request), List.of(new Problem.Violation(e.field(), code, detail)));
        return Response.status(e.limit().status()).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body).build();
    }

    @ServerExceptionMapper
    public Response busy(SpreadsheetBulkhead.BusyException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        String code = "SPREADSHEETS_BUSY";
        Map<String, Object> arguments = Map.of("concurrency", e.concurrency(), "retryAfter", e.retryAfterSeconds());
        Problem body = new Problem(ProblemExceptionMappers.type(code), messages.title(code, locale), 429,
                messages.detail(code, arguments, locale), uri.getPath(), code, RequestIdFilter.of(request), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).entity(body).build();
    }
}
