package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException;
import cn.gov.daxiang.perf.adapter.rest.shared.RequestIdFilter;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.domain.goal.GoalHasQualityErrorsException;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.ConcurrentChangeException;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.adapter.rest.request.BodyProblems;
import cn.gov.daxiang.perf.adapter.rest.request.ParameterRefusedException;
import cn.gov.daxiang.perf.adapter.rest.request.RequestBodyRefusedException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Validator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error leaves the service as problem+json with a stable code; no stack trace ever does.
 * Domain refusals map by kind: invalid value 400, not found 404, rule violation 422.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final ProblemMessages messages;
    private final Validator validator;

    @Inject
    public ProblemExceptionMappers(ProblemMessages messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /**
     * Constraint violations of a request (its parameters, its body): every one listed, each naming its field. A
     * violation of what a resource method returns is our fault, not the caller's.
     */
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        boolean ours = e.getConstraintViolations().stream().anyMatch(v -> java.util.stream.StreamSupport
                .stream(v.getPropertyPath().spliterator(), false).anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (ours) {
            return unexpected(e, headers, uri, request);
        }
        return refusedRequest(e.getConstraintViolations().stream().map(RequestViolations::of).toList(), headers, uri, request);
    }

    /** A body with unknown fields or values that do not fit: those, and the constraint violations of what was read. */
    @ServerExceptionMapper
    public Response bodyRefused(RequestBodyRefusedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        List<BodyProblems.Problem> problems = new java.util.ArrayList<>(e.problems());
        e.partialBody().ifPresent(body -> validator.validate(body).stream().map(RequestViolations::of)
                // a field already refused was read as null: its @NotNull would only repeat the refusal
                .filter(v -> problems.stream().noneMatch(p -> p.field().equals(v.field()) || v.field().startsWith(p.field() + ".")
                        || v.field().startsWith(p.field() + "[")))
                .forEach(problems::add));
        return refusedRequest(problems, headers, uri, request);
    }

    @ServerExceptionMapper
    public Response parameterRefused(ParameterRefusedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return invalidValue(e.refusal(), headers, uri, request);
    }

    private Response refusedRequest(List<BodyProblems.Problem> problems, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        List<BodyProblems.Problem> sorted = problems.stream().sorted(java.util.Comparator.comparing(BodyProblems.Problem::field)).toList();
        // like an import: a body with thousands of faults must not make a huge answer; the detail counts them all
        List<Problem.Violation> violations = sorted.stream().limit(MAX_IMPORT_VIOLATIONS)
                .map(p -> new Problem.Violation(p.field(), p.code(), messages.detail(p.code(), p.arguments(), locale))).toList();
        if (sorted.size() == 1) {
            return problem(400, sorted.get(0).code(), sorted.get(0).arguments(), violations, locale, uri, request);
        }
        return problem(400, "REQUEST_INVALID", Map.of("count", sorted.size()), violations, locale, uri, request);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        List<Problem.Violation> violations = e.field()
                .map(field -> List.of(new Problem.Violation(field, e.code(), messages.detail(e.code(), e.arguments(), locale))))
                .orElse(List.of());
        return problem(400, e.code(), e.arguments(), violations, locale, uri, request);
    }

    /** A JSON body whose values do not fit their fields: name the field, and for enums the allowed values. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        String field = fieldPath(e);
        String code;
        Map<String, Object> arguments;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            code = "VALUE_NOT_ALLOWED";
            arguments = Map.of("field", field, "value", String.valueOf(invalid.getValue()),
                    "allowed", Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        } else {
            code = "VALUE_MALFORMED";
            arguments = Map.of("field", field, "expected", e.getTargetType() == null ? "?" : e.getTargetType().getSimpleName());
        }
        List<Problem.Violation> violations = List.of(new Problem.Violation(field, code, messages.detail(code, arguments, locale)));
        return problem(400, code, arguments, violations, locale, uri, request);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(404, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Response response = problem(422, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
        return Response.fromResponse(response).entity(((Problem) response.getEntity()).withParameters(e.arguments())).build();
    }

    /** Someone changed the object since the caller read it (If-Match names an old revision). */
    @ServerExceptionMapper
    public Response staleRevision(StaleRevisionException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(412, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /** A change that does not say which revision it changes. */
    @ServerExceptionMapper
    public Response preconditionRequired(Revisions.PreconditionRequiredException e, HttpHeaders headers, UriInfo uri,
                                         ContainerRequestContext request) {
        return problem(428, "PRECONDITION_REQUIRED", e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /**
     * A change that lost a race with another one at the same moment: nothing was applied. 412 when the caller named
     * the revision it changed (that revision is gone), else 409; either way reading again and retrying succeeds.
     */
    @ServerExceptionMapper
    public Response concurrentChange(ConcurrentChangeException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        int status = headers.getHeaderString(HttpHeaders.IF_MATCH) == null ? 409 : 412;
        return Response.fromResponse(problem(status, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()),
                uri, request)).header(HttpHeaders.RETRY_AFTER, "1").build();
    }

    @ServerExceptionMapper
    public Response alreadyExists(AlreadyExistsException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(409, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /** A submission the quality checks refuse: one violation per error finding, naming the indicator. */
    @ServerExceptionMapper
    public Response goalQualityErrors(GoalHasQualityErrorsException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        List<Problem.Violation> violations = e.errors().stream()
                .map(f -> new Problem.Violation(f.indicator().map(i -> "indicators[" + i + "]").orElse("content"), f.code(),
                        messages.detail(f.code(), f.arguments(), locale)))
                .toList();
        return problem(422, e.code(), e.arguments(), violations, locale, uri, request);
    }

    /** The most problems of an import listed as violations: a table of thousands of bad rows must not make a huge answer. */
    static final int MAX_IMPORT_VIOLATIONS = 200;

    /**
     * An import with bad rows: one violation per problem, named "rows[N].列名" after the spreadsheet's row and header,
     * the first {@value #MAX_IMPORT_VIOLATIONS} of them; the detail counts them all.
     */
    @ServerExceptionMapper
    public Response sheetRejected(SheetRejectedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        List<Problem.Violation> violations = e.problems().stream().limit(MAX_IMPORT_VIOLATIONS)
                .map(p -> new Problem.Violation("rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column()), p.code(),
                        messages.detail(p.code(), p.arguments(), locale)))
                .toList();
        return problem(422, e.code(), e.arguments(), violations, locale, uri, request);
    }

    /** The object's state does not allow the action: 409, naming the actions that are allowed now. */
    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        Problem body = new Problem(type(e.code()), messages.title(e.code(), locale), 409, messages.detail(e.code(), e.arguments(), locale),
                uri.getPath(), e.code(), RequestIdFilter.of(request), List.of(), e.allowed());
        return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).entity(body).build();
    }

    /** No token, or a token that does not authenticate: the code says so, and nothing says why. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response notAuthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return Response.fromResponse(problem(401, "NOT_AUTHENTICATED", Map.of(), List.of(),
                messages.negotiate(headers.getAcceptableLanguages()), uri, request)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(403, "FORBIDDEN", Map.of(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /** The actor's roles do not allow the operation (objects out of scope are 404 instead). */
    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        return problem(403, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /** A domain refusal of a kind this mapper does not know yet: a client error, but say so in the log. */
    @ServerExceptionMapper
    public Response otherDomainException(DomainException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        LOG.warnf("unmapped domain exception %s: %s", e.getClass().getName(), e.getMessage());
        return problem(422, e.code(), e.arguments(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /** JAX-RS's own errors: unknown path 404, wrong method 405, unacceptable media types 406/415, bad body 400. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "REQUEST_MALFORMED";
            case 401 -> "NOT_AUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "RESOURCE_NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
        if (status >= 500) {
            LOG.errorf(e, "request %s failed", RequestIdFilter.of(request));
        }
        return problem(status, code, Map.of("method", request.getMethod(), "path", uri.getPath()), List.of(),
                messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    /** Anything else is our fault: log it with the request id, tell the caller only the id. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri, ContainerRequestContext request) {
        LOG.errorf(e, "request %s failed", RequestIdFilter.of(request));
        return problem(500, "INTERNAL_ERROR", Map.of(), List.of(), messages.negotiate(headers.getAcceptableLanguages()), uri, request);
    }

    static String type(String code) {
        return "urn:daxiang-perf:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private Response problem(int status, String code, Map<String, ?> arguments, List<Problem.Violation> violations,
                             Locale locale, UriInfo uri, ContainerRequestContext request) {
        Problem body = new Problem(type(code), messages.title(code, locale), status, messages.detail(code, arguments, locale), uri.getPath(), code,
                RequestIdFilter.of(request), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body).build();
    }
}
