package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTaxonomyQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationTable;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationTableQuery;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/self-evaluations/{id}/table.xlsx")
@Authenticated
@Tag(name = "Self-evaluations")
public class SelfEvaluationTableExportResource {

    private final SelfEvaluationTableQuery tables;
    private final IndicatorTaxonomyQuery taxonomy;
    private final RequestActor requestActor;
    private final SpreadsheetBulkhead bulkhead;

    @Inject
    public SelfEvaluationTableExportResource(SelfEvaluationTableQuery tables, IndicatorTaxonomyQuery taxonomy, RequestActor requestActor,
                                             SpreadsheetBulkhead bulkhead) {
        this.tables = tables;
        this.taxonomy = taxonomy;
        this.requestActor = requestActor;
        this.bulkhead = bulkhead;
    }

    @GET
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "exportSelfEvaluationTable", summary = "The self-evaluation table (绩效自评表, .xlsx) after the national form")
    @APIResponse(responseCode = "200", description = "The table",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") SelfEvaluationId id) {
        SelfEvaluationTable table = tables.selfEvaluationTable(requestActor.actor(), id);
        SelfEvaluation evaluation = table.details().evaluation();
        String subject = evaluation.getProjectCode().map(Object::toString).orElse(evaluation.getUnitCode().value());
        return Spreadsheets.attachment(bulkhead.call(() -> SelfEvaluationWorkbook.write(table, taxonomy.indicatorTaxonomy())),
                SelfEvaluationWorkbook.title(evaluation) + "-" + evaluation.getFiscalYear() + "-" + subject + ".xlsx");
    }
}
