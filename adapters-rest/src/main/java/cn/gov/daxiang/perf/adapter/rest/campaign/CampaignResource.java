package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.DeadlineRequest;
import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.IssueCampaignRequest;
import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.TargetRequest;
import cn.gov.daxiang.perf.adapter.rest.campaign.CampaignRequests.TargetsRequest;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
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
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "List the campaigns the caller may see, newest first (without progress)")
    public PageResponse<CampaignResponse> list(@Parameter(description = "Fiscal year") @QueryParam("fiscalYear") String fiscalYear,
                                               @Parameter(description = "MONITORING_ROUND or SELF_EVALUATION") @QueryParam("kind") String kind,
                                               @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        CampaignCriteria criteria = new CampaignCriteria(params.optional("fiscalYear", fiscalYear, FiscalYear::parse),
                params.optional("kind", kind, t -> Fields.code("kind", t, CampaignKind.class)));
        Paging paging = params.paging(page, size);
        params.requireValid();
        return PageResponse.of(list.listCampaigns(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    @POST
    @Operation(summary = "Issue a campaign (finance)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response issue(IssueCampaignRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Fields.missing("body");
        }
        CampaignKind kind = Fields.requiredText("kind", request.kind(), t -> Fields.code("kind", t, CampaignKind.class));
        FiscalYear year = request.fiscalYear() == null ? null : Fields.within("fiscalYear", () -> FiscalYear.of(request.fiscalYear()));
        MonitoringRoundId round = Fields.optionalText("roundId", request.roundId(), MonitoringRoundId::parse);
        SelfEvaluationKind evaluationKind = Fields.optionalText("evaluationKind", request.evaluationKind(),
                t -> Fields.code("evaluationKind", t, SelfEvaluationKind.class));
        CampaignDetails issued = issue.issueCampaign(requestActor.actor(), new IssueCampaignCommand(request.title(), kind, year, round,
                evaluationKind, Fields.required("deadline", Fields.date("deadline", request.deadline())),
                targets("targets", request.targets())));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.campaign().getId().toString()).build())
                .tag(Long.toString(issued.revision())).entity(mapper.toResponse(issued)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One campaign with its progress today (the caller's lines only)")
    public Response find(@PathParam("id") String id) {
        return ok(find.findCampaign(requestActor.actor(), campaignId(id)));
    }

    @PUT
    @Path("/{id}/deadline")
    @Operation(summary = "Extend the deadline (finance; never brought forward)", description = "Requires If-Match.")
    public Response extend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeadlineRequest request) {
        CampaignId campaign = campaignId(id);
        long revision = revision(ifMatch, campaign);
        if (request == null) {
            throw Fields.missing("body");
        }
        return ok(extend.extendCampaignDeadline(requestActor.actor(), new ExtendCampaignDeadlineCommand(campaign, revision,
                Fields.required("deadline", Fields.date("deadline", request.deadline())))));
    }

    @POST
    @Path("/{id}/targets")
    @Operation(summary = "Address the campaign to units it missed (finance)", description = "Requires If-Match.")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response addTargets(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TargetsRequest request) {
        CampaignId campaign = campaignId(id);
        long revision = revision(ifMatch, campaign);
        if (request == null) {
            throw Fields.missing("body");
        }
        return ok(addTargets.addCampaignTargets(requestActor.actor(),
                new AddCampaignTargetsCommand(campaign, revision, targets("targets", request.targets()))));
    }

    private Response ok(CampaignDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    private static List<CampaignTarget> targets(String path, List<TargetRequest> requests) {
        List<CampaignTarget> targets = new ArrayList<>();
        List<TargetRequest> given = requests == null ? List.of() : requests;
        for (int i = 0; i < given.size(); i++) {
            String at = path + "[" + i + "]";
            TargetRequest target = Fields.required(at, given.get(i));
            UnitCode unit = Fields.requiredText(at + ".unitCode", target.unitCode(), UnitCode::of);
            Money amount = Fields.within(at + ".amount", () -> new Money(Fields.required(at + ".amount", target.amount())));
            targets.add(Fields.within(at, () -> CampaignTarget.of(unit, amount)));
        }
        return targets;
    }

    private static long revision(String ifMatch, CampaignId id) {
        return Revisions.fromIfMatch(ifMatch, Campaign.AUDIT_TYPE, id.toString());
    }

    static CampaignId campaignId(String id) {
        try {
            return CampaignId.parse(id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
    }
}
