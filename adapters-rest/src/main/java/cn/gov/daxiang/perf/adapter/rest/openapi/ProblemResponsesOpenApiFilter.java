package cn.gov.daxiang.perf.adapter.rest.openapi;

import cn.gov.daxiang.perf.adapter.rest.error.Problem;
import cn.gov.daxiang.perf.adapter.rest.ratelimit.RateLimitHeaders;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error side of the contract, made true for every operation at build time (no resource has to repeat it): the
 * problem+json schema the exception mappers really send ({@link Problem}), the error answers each operation can give
 * with the codes they typically carry, {@code If-Match} required where the service answers 428 without it, and the
 * rate-limit headers ({@link RateLimitHeaders}) on every 2xx and 4xx answer. An answer an operation documents itself
 * is kept; only missing ones are added (and content-less placeholders filled in).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesOpenApiFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "ProblemViolation";
    static final String RETRY_AFTER = "Retry-After";
    /** Our strong ETags: a revision in double quotes ({@code "3"}), as {@code Revisions} writes and reads them. */
    static final String STRONG_ETAG = "^\"[0-9]{1,18}\"$";

    /** The descriptions SmallRye gives the answers it adds on its own, without content: placeholders to replace. */
    private static final Set<String> PLACEHOLDERS = Set.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found",
            "Unauthorized", "Forbidden");

    /** One error answer: its status, the name under components/responses, and what it means with its typical codes. */
    record ErrorAnswer(String status, String name, String description, boolean retryAfter) {
    }

    static final ErrorAnswer BAD_REQUEST = new ErrorAnswer("400", "BadRequest",
            "The request is malformed: a parameter, header or body value does not fit (VALUE_MALFORMED, VALUE_NOT_ALLOWED, "
                    + "REQUEST_MALFORMED, REQUEST_PARAMETERS_INVALID, PAGE_SIZE_OUT_OF_RANGE, FISCAL_YEAR_MALFORMED, "
                    + "*_MALFORMED, *_REQUIRED ...); `violations` names every refused field.", false);
    static final ErrorAnswer UNAUTHORIZED = new ErrorAnswer("401", "Unauthorized",
            "No bearer token, or one that does not authenticate (NOT_AUTHENTICATED); the answer carries "
                    + "`WWW-Authenticate: Bearer` and never says why.", false);
    static final ErrorAnswer FORBIDDEN = new ErrorAnswer("403", "Forbidden",
            "The caller's role may not perform the operation (ACCESS_DENIED, FORBIDDEN, ROLE_WITHOUT_SCOPE). Objects out of "
                    + "the caller's scope answer 404 instead.", false);
    static final ErrorAnswer NOT_FOUND = new ErrorAnswer("404", "NotFound",
            "No such object, or one outside the caller's scope (GOAL_NOT_FOUND, PROJECT_NOT_FOUND, UNIT_NOT_FOUND, "
                    + "*_NOT_FOUND, RESOURCE_NOT_FOUND).", false);
    static final ErrorAnswer CONFLICT = new ErrorAnswer("409", "Conflict",
            "The object's state or a concurrent change refuses the request: ILLEGAL_TRANSITION and the other *_NOT_ALLOWED / "
                    + "*_ILLEGAL_TRANSITION codes (with `allowedActions`, what the state allows now), *_ALREADY_EXISTS / "
                    + "*_ALREADY_OPEN / *_TAKEN (a duplicate), CONCURRENT_CHANGE (lost a race, nothing applied: read again "
                    + "and retry after `Retry-After`), IDEMPOTENCY_KEY_IN_PROGRESS (the same key is still being answered).", true);
    static final ErrorAnswer PRECONDITION_FAILED = new ErrorAnswer("412", "PreconditionFailed",
            "`If-Match` names a revision that is no longer current (REVISION_STALE), or the change lost a race with another "
                    + "one made from the same revision (CONCURRENT_CHANGE, with `Retry-After`): read the object again.", true);
    static final ErrorAnswer PAYLOAD_TOO_LARGE = new ErrorAnswer("413", "PayloadTooLarge",
            "The body exceeds the limit (PAYLOAD_TOO_LARGE; EVIDENCE_FILE_TOO_LARGE for evidence uploads; "
                    + "SPREADSHEET_TOO_MANY_ROWS and the other spreadsheet limits for imports).", false);
    static final ErrorAnswer UNSUPPORTED_MEDIA_TYPE = new ErrorAnswer("415", "UnsupportedMediaType",
            "The body's Content-Type is not one the operation takes (UNSUPPORTED_MEDIA_TYPE).", false);
    static final ErrorAnswer UNPROCESSABLE = new ErrorAnswer("422", "UnprocessableContent",
            "Well-formed, but a business rule refuses it (e.g. GOAL_HAS_QUALITY_ERRORS with one violation per finding, "
                    + "SPREADSHEET_REJECTED with one violation per bad row, IDEMPOTENCY_KEY_REUSED, and the area's rule codes); "
                    + "`parameters` carries the rule's named values.", false);
    static final ErrorAnswer PRECONDITION_REQUIRED = new ErrorAnswer("428", "PreconditionRequired",
            "The change does not say which revision it changes: send the object's ETag in `If-Match` (PRECONDITION_REQUIRED).",
            false);
    static final ErrorAnswer TOO_MANY_REQUESTS = new ErrorAnswer("429", "TooManyRequests",
            "Too many requests: the caller exceeded its rate limit (RATE_LIMITED), or the spreadsheet imports and "
                    + "exports are all busy (SPREADSHEETS_BUSY); wait `Retry-After` seconds.", true);
    static final ErrorAnswer INTERNAL_ERROR = new ErrorAnswer("500", "InternalError",
            "The service failed (INTERNAL_ERROR); the body names only the request id to quote.", false);

    static final List<ErrorAnswer> ALL = List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED,
            PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, PRECONDITION_REQUIRED, TOO_MANY_REQUESTS, INTERNAL_ERROR);

    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(VIOLATION, violationSchema());
        components.addSchema(PROBLEM, problemSchema());
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(86400))));
        components.addHeader(RateLimitHeaders.POLICY, OASFactory.createHeader()
                .description(RateLimitHeaders.POLICY_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200)
                        .pattern(RateLimitHeaders.POLICY_PATTERN).addExample("\"per-caller\";q=600;w=60")));
        components.addHeader(RateLimitHeaders.LIMIT, OASFactory.createHeader()
                .description(RateLimitHeaders.LIMIT_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200)
                        .pattern(RateLimitHeaders.LIMIT_PATTERN).addExample("\"per-caller\";r=117;t=1")));
        for (ErrorAnswer answer : ALL) {
            APIResponse response = OASFactory.createAPIResponse().description(answer.description()).content(problemContent());
            addHeaders(response, answer.status(), answer.retryAfter());
            components.addResponse(answer.name(), response);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(ProblemResponsesOpenApiFilter::giveIntegerParametersAFormat);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                complete(path.getKey(), op.getKey(), op.getValue(), shared, components);
            }
        }
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation, List<Parameter> shared, Components components) {
        List<Parameter> parameters = new ArrayList<>(shared);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean ifMatch = false;
        for (Parameter parameter : parameters) {
            Parameter resolved = resolve(parameter, components);
            if (resolved != null && resolved.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(resolved.getName())) {
                ifMatch = true;
                requireIfMatch(resolved);
            }
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<ErrorAnswer> answers = new ArrayList<>(List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS, INTERNAL_ERROR));
        if (path.contains("{")) {
            answers.add(NOT_FOUND);
        }
        if (ifMatch) {
            answers.add(PRECONDITION_FAILED);
            answers.add(PRECONDITION_REQUIRED);
        }
        if (ifMatch || CHANGES.contains(method)) {
            // A change can always meet a state that refuses it, a duplicate or a concurrent change.
            answers.add(CONFLICT);
        }
        if (operation.getRequestBody() != null) {
            answers.add(PAYLOAD_TOO_LARGE);
            answers.add(UNSUPPORTED_MEDIA_TYPE);
        }
        if (CHANGES.contains(method)) {
            answers.add(UNPROCESSABLE);
        }
        for (ErrorAnswer answer : answers) {
            APIResponse own = responses.getAPIResponse(answer.status());
            if (own == null || own.getRef() == null && own.getContent() == null && PLACEHOLDERS.contains(own.getDescription())) {
                responses.addAPIResponse(answer.status(), OASFactory.createAPIResponse().ref(answer.name()));
            } else if (own.getRef() == null && own.getContent() == null) {
                // Documented by the operation with its own words, but every error is a problem: say which shape.
                own.setContent(problemContent());
            }
        }
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
                APIResponse value = response.getValue();
                if (value.getRef() == null) {
                    addHeaders(value, response.getKey(), response.getKey().equals("409") || response.getKey().equals("412"));
                }
            }
        }
    }

    private static Parameter resolve(Parameter parameter, Components components) {
        if (parameter.getRef() == null) {
            return parameter;
        }
        String name = parameter.getRef().substring(parameter.getRef().lastIndexOf('/') + 1);
        return components.getParameters() == null ? null : components.getParameters().get(name);
    }

    private static void requireIfMatch(Parameter parameter) {
        parameter.setRequired(true);
        parameter.setDescription("The object's current ETag, a strong tag of its revision as the last read answered it "
                + "(e.g. \"3\"). Without it the service answers 428 PRECONDITION_REQUIRED; with an older revision 412 REVISION_STALE.");
        parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).pattern(STRONG_ETAG).maxLength(20)
                .addExample("\"3\""));
    }

    /** The rate-limit headers on 2xx and 4xx answers; Retry-After on 429 and where a concurrent change sends it. */
    private static void addHeaders(APIResponse response, String status, boolean retryAfter) {
        boolean success = status.startsWith("2");
        boolean clientError = status.startsWith("4");
        if (success || clientError) {
            addHeader(response, RateLimitHeaders.POLICY);
            addHeader(response, RateLimitHeaders.LIMIT);
        }
        if (retryAfter || status.equals("429")) {
            addHeader(response, RETRY_AFTER);
        }
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader().ref(name);
            response.addHeader(name, header);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /** Exactly what {@link Problem} serialises: empty members (no violations, no parameters) are left out. */
    static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error answer (application/problem+json). "
                        + "Branch on `code`; `title` and `detail` are in the caller's language (Accept-Language: zh-CN by "
                        + "default, en). Empty members are left out.")
                .addProperty("type", string("A URI naming the problem kind, derived from the code.").format("uri")
                        .addExample("urn:daxiang-perf:problem:revision-stale"))
                .addProperty("title", string("A short, human-readable summary of the problem kind, in the caller's language."))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status code of the answer."))
                .addProperty("detail", string("What went wrong in this request, in the caller's language, with its values filled in."))
                .addProperty("instance", string("The request's path.").addExample("/api/v1/goals/5f0c1e2a-8d7b-4c3e-9a1f-2b6d7e8f9a0b"))
                .addProperty("code", string("The stable, machine-readable problem code clients branch on (UPPER_SNAKE_CASE). "
                        + "The service adds codes over time: treat an unknown code by its HTTP status. Each operation's "
                        + "error answers name the codes they typically carry.")
                        .pattern("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$").maxLength(100)
                        .examples(List.of("REVISION_STALE", "PRECONDITION_REQUIRED", "GOAL_NOT_FOUND", "RATE_LIMITED")))
                .addProperty("requestId", string("The request's id, as in the answer's X-Request-Id header and the audit trail: "
                        + "quote it when reporting a problem."))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The refused fields (400) or findings and rows (422), each with its own code; absent when none.")
                        .items(OASFactory.createSchema().ref(VIOLATION)))
                .addProperty("allowedActions", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("For a refused state transition (409): the actions the object's state allows now.")
                        .items(OASFactory.createSchema().addType(SchemaType.STRING).pattern("^[A-Z][A-Z0-9_]*$")))
                .addProperty("parameters", OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .description("For a refused business rule (422): the rule's named values, e.g. the cap an amount exceeds.")
                        .additionalPropertiesBoolean(Boolean.TRUE))
                .required(List.of("type", "title", "status", "detail", "instance", "code"));
    }

    static Schema violationSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One refused field, finding or row: where, why (code) and a sentence for people.")
                .addProperty("field", OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                        .description("The field's path in the request (`indicators[2].targetValue`, `rows[7].项目名称`, a "
                                + "parameter's name); null when the refusal names no single field."))
                .addProperty("code", string("The violation's own code.").pattern("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"))
                .addProperty("message", string("The violation in the caller's language."))
                .required(List.of("code", "message"));
    }

    /** Years and counts typed integer by an annotation lose the format their type had: they are 32-bit on the wire. */
    private static void giveIntegerParametersAFormat(PathItem item) {
        if (item.getOperations() == null) {
            return;
        }
        item.getOperations().values().stream().filter(o -> o.getParameters() != null).flatMap(o -> o.getParameters().stream())
                .map(org.eclipse.microprofile.openapi.models.parameters.Parameter::getSchema)
                .filter(schema -> schema != null && schema.getType() != null && schema.getType().contains(SchemaType.INTEGER)
                        && schema.getFormat() == null)
                .forEach(schema -> schema.format("int32"));
    }
}
