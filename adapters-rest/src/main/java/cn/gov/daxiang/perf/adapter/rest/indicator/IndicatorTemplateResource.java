package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.indicator.CreateIndicatorTemplateUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.EditIndicatorTemplateCommand;
import cn.gov.daxiang.perf.application.port.in.indicator.EditIndicatorTemplateUseCase;
import cn.gov.daxiang.perf.application.port.in.indicator.SetIndicatorTemplateActiveCommand;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTemplateDetails;
import cn.gov.daxiang.perf.application.port.in.indicator.SearchIndicatorTemplatesQuery;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.TemplateSearchCriteria;
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

@Path("/api/v1/indicator-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator library", description = "指标库: reusable level-3 indicators by industry and level; managed by finance")
public class IndicatorTemplateResource {

    private final CreateIndicatorTemplateUseCase create;
    private final EditIndicatorTemplateUseCase edit;
    private final SearchIndicatorTemplatesQuery search;
    private final IndicatorRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public IndicatorTemplateResource(CreateIndicatorTemplateUseCase create, EditIndicatorTemplateUseCase edit,
                                     SearchIndicatorTemplatesQuery search, IndicatorRestMapper mapper, RequestActor requestActor) {
        this.create = create;
        this.edit = edit;
        this.search = search;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "Search the library by keyword, level 1/2 and industry")
    public PageResponse<IndicatorTemplateResponse> search(
            @Parameter(description = "Part of the name, explanation or keywords") @QueryParam("keyword") String keyword,
            @Parameter(description = "OUTPUT, BENEFIT or SATISFACTION") @QueryParam("level1") String level1,
            @Parameter(description = "e.g. QUANTITY, COST, SOCIAL") @QueryParam("level2") String level2,
            @Parameter(description = "e.g. 教育, 住房城乡建设, 通用") @QueryParam("industry") String industry,
            @Parameter(description = "true (default) or false; empty for both") @QueryParam("active") String active,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Params params = new Params();
        Boolean activeOnly = active == null ? Boolean.TRUE : params.bool("active", active);
        String keywordTerm = params.text("keyword", keyword);
        String level1Term = params.text("level1", level1);
        String level2Term = params.text("level2", level2);
        String industryTerm = params.text("industry", industry);
        Paging paging = params.paging(page, size);
        params.requireValid();
        TemplateSearchCriteria criteria = new TemplateSearchCriteria(keywordTerm, level1Term, level2Term, industryTerm, activeOnly);
        return PageResponse.of(search.searchIndicatorTemplates(requestActor.actor(), criteria, paging), mapper::toResponse);
    }

    @POST
    @Operation(summary = "Add a template (finance only)")
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public Response create(IndicatorTemplateRequest request, @Context UriInfo uri) {
        IndicatorTemplateDetails created = create.createIndicatorTemplate(requestActor.actor(), mapper.toDetails(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.template().getId().toString()).build())
                .tag(Long.toString(created.revision())).entity(mapper.toResponse(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One template")
    public Response find(@PathParam("id") String id) {
        return ok(search.findIndicatorTemplate(requestActor.actor(), templateId(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a template (finance only)", description = "Requires If-Match.")
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IndicatorTemplateRequest request) {
        TemplateId templateId = templateId(id);
        long revision = Revisions.fromIfMatch(ifMatch, IndicatorTemplate.AUDIT_TYPE, id);
        return ok(edit.editIndicatorTemplate(requestActor.actor(),
                new EditIndicatorTemplateCommand(templateId, revision, mapper.toDetails(request))));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Take a template out of use (finance only)", description = "Requires If-Match.")
    public Response deactivate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TemplateId templateId = templateId(id);
        return ok(edit.setIndicatorTemplateActive(requestActor.actor(), new SetIndicatorTemplateActiveCommand(templateId,
                Revisions.fromIfMatch(ifMatch, IndicatorTemplate.AUDIT_TYPE, id), false)));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Put a template back into use (finance only)", description = "Requires If-Match.")
    public Response activate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TemplateId templateId = templateId(id);
        return ok(edit.setIndicatorTemplateActive(requestActor.actor(), new SetIndicatorTemplateActiveCommand(templateId,
                Revisions.fromIfMatch(ifMatch, IndicatorTemplate.AUDIT_TYPE, id), true)));
    }

    private Response ok(IndicatorTemplateDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    private static TemplateId templateId(String id) {
        return Params.required("id", id, TemplateId::of);
    }
}
