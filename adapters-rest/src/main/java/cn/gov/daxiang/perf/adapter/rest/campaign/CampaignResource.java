package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.DeadlineRequest;
import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.IssueCampaignRequest;
import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.TargetRequest;
import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.TargetsRequest;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.campaign.AddCampaignTargetsCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.AddCampaignTargetsUseCase;
import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.in.campaign.ExtendCampaignDeadlineCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.ExtendCampaignDeadlineUseCase;
import cn.gov.daxiang.perf.application.port.in.campaign.FindCampaignQuery;
import cn.gov.daxiang.perf.application.port.in.campaign.IssueCampaignCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.IssueCampaignUseCase;
import cn.gov.daxiang.perf.application.port.in.campaign.ListCampaignsQuery;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Campaigns (工作任务): finance issues a monitoring round or a self-evaluation to a set of units with a deadline and
 * the money each covers; the progress (未开始 / 填报中 / 已提交 / 审核通过 / 逾期未提交, counts and money) is computed
 * from the units' real work. Units and departments see the campaigns addressed to them, and only their own lines.
 */
@Path("/api/v1/campaigns")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "工作任务: issue, deadline, units, progress")
public class CampaignResource {

    private final IssueCampaignUseCase issue;
    private final ExtendCampaignDeadlineUseCase extend;
    private final AddCampaignTargetsUseCase addTargets;
    private final FindCampaignQuery find;
    private final ListCampaignsQuery list;
    private final CampaignRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public CampaignResource(IssueCampaignUseCase issue, ExtendCampaignDeadlineUseCase extend, AddCampaignTargetsUseCase addTargets,
                            FindCampaignQuery find, ListCampaignsQuery list, CampaignRestMapper mapper, RequestActor requestActor) {
        this.issue = issue;
        this.extend = extend;
        this.addTargets = addTargets;
        this.find = find;
        this.list = list;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "List the campaigns the caller may see, newest first (without progress)")
    public PageResponse<CampaignResponse> list(
            @Parameter(description = "Fiscal year", schema = @Schema(type = SchemaType.INTEGER), example = "2024") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "Campaign kind (code or label)") @QueryParam("kind") CampaignKind kind,
            @BeanParam @Valid PageQuery paging) {
        return PageResponse.of(list.listCampaigns(requestActor.actor(), new CampaignCriteria(fiscalYear, kind), paging.paging()), mapper::toResponse);
    }

    @POST
    @Operation(operationId = "issueCampaign", summary = "Issue a campaign (finance)")
    @APIResponse(responseCode = "201", description = "Issued; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = CampaignResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<CampaignResponse> issue(@Valid @NotNull IssueCampaignRequest body, @Context UriInfo uri) {
        CampaignDetails issued = issue.issueCampaign(requestActor.actor(), new IssueCampaignCommand(body.title(), body.kind(), body.fiscalYear(),
                body.roundId(), body.evaluationKind(), body.deadline(),
                CampaignRestMapper.targets("targets", body.targets() == null ? List.of() : body.targets())));
        return ResponseBuilder.<CampaignResponse>created(uri.getAbsolutePathBuilder().path(issued.campaign().getId().toString()).build())
                .tag(Long.toString(issued.revision())).entity(mapper.toResponse(issued)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "One campaign with its progress today (the caller's lines only)")
    public RestResponse<CampaignResponse> find(@PathParam("id") CampaignId id) {
        return ok(find.findCampaign(requestActor.actor(), id));
    }

    @PUT
    @Path("/{id}/deadline")
    @Operation(operationId = "extendCampaignDeadline", summary = "Extend the deadline (finance; never brought forward)", description = "Requires If-Match.")
    public RestResponse<CampaignResponse> extend(@PathParam("id") CampaignId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @Valid @NotNull DeadlineRequest body) {
        long revision = revision(ifMatch, id);
        return ok(extend.extendCampaignDeadline(requestActor.actor(), new ExtendCampaignDeadlineCommand(id, revision, body.deadline())));
    }

    @POST
    @Path("/{id}/targets")
    @Operation(operationId = "addCampaignTargets", summary = "Address the campaign to units it missed (finance)", description = "Requires If-Match.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<CampaignResponse> addTargets(@PathParam("id") CampaignId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @Valid @NotNull TargetsRequest body) {
        long revision = revision(ifMatch, id);
        return ok(addTargets.addCampaignTargets(requestActor.actor(),
                new AddCampaignTargetsCommand(id, revision, CampaignRestMapper.targets("targets", body.targets()))));
    }

    private RestResponse<CampaignResponse> ok(CampaignDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    private static long revision(String ifMatch, CampaignId id) {
        return Revisions.fromIfMatch(ifMatch, Campaign.AUDIT_TYPE, id.toString());
    }
}
