package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.keyevaluation.KeyEvaluationRequests.PublishFrameworkRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.application.port.in.framework.FindEvaluationFrameworksQuery;
import cn.gov.daxiang.perf.application.port.in.framework.PublishEvaluationFrameworkUseCase;
import cn.gov.daxiang.perf.application.port.in.framework.PublishFrameworkCommand;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkObjectKind;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Every version of every framework, by code and version (without the indicator trees)")
    public List<EvaluationFrameworkResponse> list(@Context HttpHeaders headers) {
        Locale locale = messages.negotiate(headers.getAcceptableLanguages());
        return find.listFrameworks(requestActor.actor()).stream().map(f -> mapper.toResponse(f, false, messages, locale)).toList();
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "One framework version with its indicator tree, default points and scoring guidance")
    public EvaluationFrameworkResponse find(@PathParam("code") String code, @PathParam("version") String version, @Context HttpHeaders headers) {
        EvaluationFramework framework = find.findFramework(requestActor.actor(), new FrameworkReference(code(code), version(version)));
        return mapper.toResponse(framework, true, messages, messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/{code}/versions")
    @Operation(summary = "Publish the next version of a framework, or version 1 of a new code (finance administration)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response publish(@PathParam("code") String code, PublishFrameworkRequest request, @Context UriInfo uri, @Context HttpHeaders headers) {
        FrameworkCode frameworkCode = code(code);
        if (request == null) {
            throw Fields.missing("body");
        }
        FrameworkObjectKind kind = Fields.requiredText("objectKind", request.objectKind(), t -> Fields.code("objectKind", t, FrameworkObjectKind.class));
        List<String> groups = request.resultGroups() == null ? List.of() : request.resultGroups();
        for (int i = 0; i < groups.size(); i++) {
            Fields.requiredText("resultGroups[" + i + "]", groups.get(i), t -> t);
        }
        EvaluationFramework published = publish.publishFramework(requestActor.actor(), new PublishFrameworkCommand(frameworkCode, request.name(), kind,
                KeyEvaluationBodies.tree("indicators", request.indicators()), new HashSet<>(groups)));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(published.getVersion())).build())
                .entity(mapper.toResponse(published, true, messages, messages.negotiate(headers.getAcceptableLanguages()))).build();
    }

    private static FrameworkCode code(String text) {
        try {
            return FrameworkCode.of(text);
        } catch (InvalidValueException e) {
            throw e.forField("code");
        }
    }

    private static int version(String text) {
        try {
            int version = Integer.parseInt(text.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("version", "FRAMEWORK_VERSION_INVALID", Map.of("version", text));
    }
}
