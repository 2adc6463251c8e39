package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.indicator.UnitIndicatorSystemUseCase;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/budget-units/{unitCode}/indicator-system")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator library")
public class UnitIndicatorSystemResource {

    private final UnitIndicatorSystemUseCase systems;
    private final IndicatorRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public UnitIndicatorSystemResource(UnitIndicatorSystemUseCase systems, IndicatorRestMapper mapper, RequestActor requestActor) {
        this.systems = systems;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @Schema(name = "UnitIndicatorSystemAddRequest", description = "The library template to add to the unit's indicator system")
    public record AddTemplateRequest(@NotNull @Schema(format = "uuid") TemplateId templateId) {
    }

    @GET
    @Operation(operationId = "getUnitIndicatorSystem", summary = "A unit's indicator system (指标体系): the library templates it works with")
    public List<IndicatorTemplateResponse> get(@PathParam("unitCode") @NotNull UnitCode unitCode) {
        return responses(systems.unitIndicatorSystem(requestActor.actor(), unitCode));
    }

    @POST
    @Path("/templates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addUnitIndicatorSystemTemplate", summary = "Add a library template to the unit's system (the unit itself or finance)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    @APIResponse(responseCode = "200", description = "The unit's indicator system with the template added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorTemplateResponse.class)))
    public RestResponse<List<IndicatorTemplateResponse>> add(@PathParam("unitCode") @NotNull UnitCode unitCode, @Valid @NotNull AddTemplateRequest body) {
        return RestResponse.ok(responses(systems.addToUnitIndicatorSystem(requestActor.actor(), unitCode, body.templateId())));
    }

    @DELETE
    @Path("/templates/{templateId}")
    @Operation(operationId = "removeUnitIndicatorSystemTemplate", summary = "Remove a template from the unit's system (the unit itself or finance)")
    public List<IndicatorTemplateResponse> remove(@PathParam("unitCode") @NotNull UnitCode unitCode, @PathParam("templateId") @NotNull TemplateId templateId) {
        return responses(systems.removeFromUnitIndicatorSystem(requestActor.actor(), unitCode, templateId));
    }

    private List<IndicatorTemplateResponse> responses(List<IndicatorTemplate> templates) {
        return templates.stream().map(t -> mapper.toResponse(t, -1)).toList();
    }
}
