package cn.gov.daxiang.perf.adapter.rest.annualreport;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.application.port.in.annualreport.AnnualReportQuery;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReport;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bureau's annual report (年度工作统计) of a work year, computed from the records on each request: JSON, or .xlsx
 * with native charts. Finance and auditors only (403 for everyone else).
 */
@Path("/api/v1/annual-reports")
@Authenticated
@Tag(name = "Annual report", description = "年度工作统计: goal coverage, self-evaluation coverage, key evaluations, grades, averages")
public class AnnualReportResource {

    private static final String WORK_YEAR_DESCRIPTION = "The work year: its goals (set with that year's budget), the self-evaluations "
            + "of the year before and the key evaluations of that year";

    private final AnnualReportQuery reports;
    private final RequestActor requestActor;
    private final SpreadsheetBulkhead bulkhead;

    @Inject
    public AnnualReportResource(AnnualReportQuery reports, RequestActor requestActor, SpreadsheetBulkhead bulkhead) {
        this.reports = reports;
        this.requestActor = requestActor;
        this.bulkhead = bulkhead;
    }

    @GET
    @Path("{workYear}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAnnualReport", summary = "The annual report of a work year (finance, auditors)",
            description = "Computed from the records on request, never stored. Money as exact 元 and as the 万元 the report prints "
                    + "(at each figure's decimals), both on every money figure ({yuan, wanYuan, wanYuanDecimals}); summary paragraphs in Chinese and English.")
    public AnnualReportResponse report(@Parameter(description = WORK_YEAR_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, example = "2024"))
                                       @PathParam("workYear") @NotNull WorkYear workYear) {
        return AnnualReportResponse.of(reports.annualReport(requestActor.actor(), workYear));
    }

    @GET
    @Path("{workYear}.xlsx")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @Operation(operationId = "getAnnualReportWorkbook", summary = "The annual report as .xlsx with native charts (finance, auditors)",
            description = "The summary paragraphs, one sheet per section, a bar chart of goal coverage by department and bar and pie "
                    + "charts of the grade distribution. Money in 万元 as the bureau's form prints it.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@Parameter(description = WORK_YEAR_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, example = "2024"))
                             @PathParam("workYear") @NotNull WorkYear workYear) {
        AnnualReport report = reports.annualReport(requestActor.actor(), workYear);
        byte[] bytes = bulkhead.call(() -> AnnualReportWorkbook.write(report));
        return Spreadsheets.attachment(bytes, AnnualReportWorkbook.filename(report));
    }
}
