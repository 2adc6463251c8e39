package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.application.port.in.indicator.UnitIndicatorSystemUseCase;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

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

    public record AddTemplateRequest(String templateId) {
    }

    @GET
    @Operation(summary = "A unit's indicator system (指标体系): the library templates it works with")
    public List<IndicatorTemplateResponse> get(@PathParam("unitCode") String unitCode) {
        return responses(systems.unitIndicatorSystem(requestActor.actor(), unit(unitCode)));
    }

    @POST
    @Path("/templates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a library template to the unit's system (the unit itself or finance)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    @APIResponse(responseCode = "200", description = "The unit's indicator system with the template added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorTemplateResponse.class)))
    public Response add(@PathParam("unitCode") String unitCode, AddTemplateRequest request) {
        UnitCode unit = unit(unitCode);
        if (request == null || request.templateId() == null) {
            throw new InvalidValueException("templateId", "REQUEST_FIELD_REQUIRED", Map.of("field", "templateId"));
        }
        // A Response (not the list itself), as every @IdempotentCreate method answers: a replay is a Response.
        return Response.ok(responses(systems.addToUnitIndicatorSystem(requestActor.actor(), unit,
                Params.required("templateId", request.templateId(), TemplateId::of)))).build();
    }

    @DELETE
    @Path("/templates/{templateId}")
    @Operation(summary = "Remove a template from the unit's system (the unit itself or finance)")
    public List<IndicatorTemplateResponse> remove(@PathParam("unitCode") String unitCode, @PathParam("templateId") String templateId) {
        UnitCode unit = unit(unitCode);
        return responses(systems.removeFromUnitIndicatorSystem(requestActor.actor(), unit, Params.required("templateId", templateId, TemplateId::of)));
    }

    private List<IndicatorTemplateResponse> responses(List<IndicatorTemplate> templates) {
        return templates.stream().map(t -> mapper.toResponse(t, -1)).toList();
    }

    private static UnitCode unit(String unitCode) {
        return Params.required("unitCode", unitCode, UnitCode::of);
    }
}
