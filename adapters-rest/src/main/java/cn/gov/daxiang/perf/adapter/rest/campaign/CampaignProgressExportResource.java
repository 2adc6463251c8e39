package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.in.campaign.FindCampaignQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{id}/progress.xlsx")
@Authenticated
@Tag(name = "Campaigns")
public class CampaignProgressExportResource {

    private final FindCampaignQuery find;
    private final RequestActor requestActor;
    private final SpreadsheetBulkhead bulkhead;

    @Inject
    public CampaignProgressExportResource(FindCampaignQuery find, RequestActor requestActor, SpreadsheetBulkhead bulkhead) {
        this.find = find;
        this.requestActor = requestActor;
        this.bulkhead = bulkhead;
    }

    @GET
    @Produces(Spreadsheets.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The progress list",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(operationId = "exportCampaignProgress", summary = "The campaign's progress list (工作任务完成情况, .xlsx): the caller's lines and the summary")
    public Response progressWorkbook(@PathParam("id") CampaignId id) {
        CampaignDetails details = find.findCampaign(requestActor.actor(), id);
        return Spreadsheets.attachment(bulkhead.call(() -> CampaignProgressWorkbook.write(details)),
                "工作任务完成情况-" + details.campaign().getFiscalYear() + "-" + details.asOf() + ".xlsx");
    }
}
