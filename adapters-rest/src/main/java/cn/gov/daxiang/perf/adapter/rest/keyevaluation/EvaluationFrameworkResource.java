package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.PublishFrameworkRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.framework.FindEvaluationFrameworksQuery;
import cn.gov.daxiang.perf.application.port.in.framework.PublishEvaluationFrameworkUseCase;
import cn.gov.daxiang.perf.application.port.in.framework.PublishFrameworkCommand;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluation frameworks (评价指标体系) as versioned reference data: everybody authenticated reads every version; finance
 * administration publishes the next version of a framework (or version 1 of a new one). A version never changes.
 */
@Path("/api/v1/evaluation-frameworks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation frameworks", description = "评价指标体系: versions, indicators, default points, scoring guidance")
public class EvaluationFrameworkResource {

    private final FindEvaluationFrameworksQuery find;
    private final PublishEvaluationFrameworkUseCase publish;
    private final KeyEvaluationRestMapper mapper;
    private final ProblemMessages messages;
    private final RequestActor requestActor;

    @Inject
    public EvaluationFrameworkResource(FindEvaluationFrameworksQuery find, PublishEvaluationFrameworkUseCase publish, KeyEvaluationRestMapper mapper,
                                       ProblemMessages messages, RequestActor requestActor) {
        this.find = find;
        this.publish = publish;
        this.mapper = mapper;
        this.messages = messages;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listEvaluationFrameworks", summary = "Every version of every framework, by code and version (without the indicator trees)")
    public List<EvaluationFrameworkResponse> list(@Context HttpHeaders headers) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return find.listFrameworks(requestActor.actor()).stream().map(f -> mapper.toResponse(f, false, messages, locale)).toList();
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(operationId = "getEvaluationFramework", summary = "One framework version with its indicator tree, default points and scoring guidance")
    public EvaluationFrameworkResponse find(@Parameter(schema = @Schema(type = SchemaType.STRING), example = "DISTRICT-PROJECT") @PathParam("code") FrameworkCode code,
                                            @Parameter(example = "1") @PathParam("version") Integer version, @Context HttpHeaders headers) {
        if (version == null || version < 1) {
            throw new InvalidValueException("version", "FRAMEWORK_VERSION_INVALID", Map.of("version", String.valueOf(version)));
        }
        EvaluationFramework framework = find.findFramework(requestActor.actor(), new FrameworkReference(code, version));
        return mapper.toResponse(framework, true, messages, messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/{code}/versions")
    @Operation(operationId = "publishEvaluationFramework", summary = "Publish the next version of a framework, or version 1 of a new code (finance administration)")
    @APIResponse(responseCode = "201", description = "Published; Location names the version",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = EvaluationFrameworkResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<EvaluationFrameworkResponse> publish(@Parameter(schema = @Schema(type = SchemaType.STRING), example = "DISTRICT-PROJECT") @PathParam("code") FrameworkCode code,
                                                             @Valid @NotNull PublishFrameworkRequest body, @Context UriInfo uri, @Context HttpHeaders headers) {
        List<String> groups = body.resultGroups() == null ? List.of() : body.resultGroups();
        EvaluationFramework published = publish.publishFramework(requestActor.actor(), new PublishFrameworkCommand(code, body.name(), body.objectKind(),
                KeyEvaluationBodies.tree("indicators", body.indicators()), new HashSet<>(groups)));
        return ResponseBuilder.<EvaluationFrameworkResponse>created(uri.getAbsolutePathBuilder().path(Integer.toString(published.getVersion())).build())
                .entity(mapper.toResponse(published, true, messages, messages.negotiate(headers.getAcceptableLanguages()))).build();
    }
}
