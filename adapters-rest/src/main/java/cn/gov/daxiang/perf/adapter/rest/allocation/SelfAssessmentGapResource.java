package cn.gov.daxiang.perf.adapter.rest.allocation;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.allocation.SelfAssessmentGapsQuery;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Self-assessment gaps (自评偏差): per unit and plan year, the units' own scores against the accepted key evaluations'
 * of the same objects, computed on every request. Finance and auditors see every unit, departments their units,
 * units their own.
 */
@Path("/api/v1/self-assessment-gaps")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation", description = "结果应用: allocation policies, allocation decisions, self-assessment gaps")
public class SelfAssessmentGapResource {

    private final SelfAssessmentGapsQuery gaps;
    private final RequestActor requestActor;

    @Inject
    public SelfAssessmentGapResource(SelfAssessmentGapsQuery gaps, RequestActor requestActor) {
        this.gaps = gaps;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listSelfAssessmentGaps",
            summary = "Per unit and plan year: pairs compared, mean gap (self − key), mean absolute gap, and the pairs")
    public AllocationResponses.GapsResponse gaps(
            @Parameter(description = "First plan year", required = true, schema = @Schema(type = SchemaType.INTEGER, example = "2023"))
            @QueryParam("fromYear") @NotNull FiscalYear fromYear,
            @Parameter(description = "Last plan year", required = true, schema = @Schema(type = SchemaType.INTEGER, example = "2024"))
            @QueryParam("toYear") @NotNull FiscalYear toYear,
            @Parameter(schema = @Schema(type = SchemaType.STRING, example = "101001")) @QueryParam("unitCode") UnitCode unitCode) {
        return AllocationResponses.gaps(fromYear.value(), toYear.value(), gaps.selfAssessmentGaps(requestActor.actor(), fromYear, toYear, unitCode));
    }
}
