package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalsUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTaxonomyQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/performance-goals/imports")
@Authenticated
@Tag(name = "Performance goals")
public class GoalImportResource {

    private final ImportGoalsUseCase importGoals;
    private final IndicatorTaxonomyQuery taxonomy;
    private final GoalRestMapper mapper;
    private final RequestActor requestActor;
    private final SpreadsheetBulkhead bulkhead;

    @Inject
    public GoalImportResource(ImportGoalsUseCase importGoals, IndicatorTaxonomyQuery taxonomy, GoalRestMapper mapper,
                              RequestActor requestActor, SpreadsheetBulkhead bulkhead) {
        this.importGoals = importGoals;
        this.taxonomy = taxonomy;
        this.mapper = mapper;
        this.requestActor = requestActor;
        this.bulkhead = bulkhead;
    }

    @Schema(name = "GoalImportResult", requiredProperties = {"imported", "goals"})
    public record ImportResponse(int imported, List<GoalResponse> goals) {
    }

    @POST
    @Consumes({GoalDeclarationWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPerformanceGoals", summary = "Import goals from the declaration table (.xlsx body)",
            description = "Rows without 目标ID declare new goals; rows with one replace that draft's content. All or nothing: "
                    + "any bad row gives 422 listing every bad row with its reason, and nothing is written. The workbook is read "
                    + "as a stream within the configured limits (413 for unpacked sizes and zip entries, 422 for rows, columns "
                    + "and cell length); 429 with Retry-After while the spreadsheet permits are all in use.")
    @APIResponse(responseCode = "201", description = "Imported: the goals declared or replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<ImportResponse> importGoals(byte[] workbook) {
        byte[] body = workbook == null ? new byte[0] : workbook;
        List<GoalView> imported = bulkhead.call(() -> {
            GoalSheetReader.Reading table = GoalSheetReader.read(GoalDeclarationWorkbook.read(body, bulkhead.limits()),
                    taxonomy.indicatorTaxonomy());
            try {
                return importGoals.importGoals(requestActor.actor(), table.command());
            } catch (GoalImportRejectedException e) {
                throw table.rejected(e);
            }
        });
        return RestResponse.status(RestResponse.Status.CREATED,
                new ImportResponse(imported.size(), imported.stream().map(mapper::toResponse).toList()));
    }
}
