package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.application.port.in.goal.FindGoalQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalVersionView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTaxonomyQuery;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/performance-goals/{id}/declaration.xlsx")
@Authenticated
@Tag(name = "Performance goals")
public class GoalDeclarationExportResource {

    private final FindGoalQuery findGoal;
    private final IndicatorTaxonomyQuery taxonomy;
    private final RequestActor requestActor;
    private final SpreadsheetBulkhead bulkhead;

    @Inject
    public GoalDeclarationExportResource(FindGoalQuery findGoal, IndicatorTaxonomyQuery taxonomy, RequestActor requestActor,
                                         SpreadsheetBulkhead bulkhead) {
        this.findGoal = findGoal;
        this.taxonomy = taxonomy;
        this.requestActor = requestActor;
        this.bulkhead = bulkhead;
    }

    @GET
    @Produces(GoalDeclarationWorkbook.MEDIA_TYPE)
    @Operation(operationId = "exportPerformanceGoalDeclaration",
            summary = "The goal as the declaration table (绩效目标申报表, .xlsx); imports back through POST /performance-goals/imports")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = GoalDeclarationWorkbook.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> export(@PathParam("id") @NotNull GoalId id,
                                       @Parameter(description = "Version number (default: the current one)", example = "1")
                                       @QueryParam("version") Integer version) {
        GoalView goal = findGoal.findGoal(requestActor.actor(), id);
        GoalVersionView chosen = version == null ? goal.currentVersion() : goal.version(version);
        byte[] workbook = bulkhead.call(() -> GoalDeclarationWorkbook.write(GoalSheetRows.of(goal, chosen, taxonomy.indicatorTaxonomy())));
        String filename = GoalDeclarationWorkbook.SHEET + "-" + goal.fiscalYear() + "-" + goal.projectCodeIfAny()
                .map(Object::toString).orElse(goal.unitCode().value()) + "-v" + chosen.number() + ".xlsx";
        return ResponseBuilder.ok(workbook, GoalDeclarationWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
