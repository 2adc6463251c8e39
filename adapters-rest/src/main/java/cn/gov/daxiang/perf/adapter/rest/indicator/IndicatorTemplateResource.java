package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotencyKeyHeader;
import cn.gov.daxiang.perf.adapter.rest.idempotency.IdempotentCreate;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.PageResponse;
import cn.gov.daxiang.perf.adapter.rest.shared.PageQuery;
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
import cn.gov.daxiang.perf.domain.shared.Texts;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
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
    @Operation(operationId = "searchIndicatorTemplates", summary = "Search the library by keyword, level 1/2 and industry")
    public PageResponse<IndicatorTemplateResponse> search(
            @Parameter(description = "Part of the name, explanation or keywords") @QueryParam("keyword") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String keyword,
            @Parameter(description = "Level-1 code, e.g. OUTPUT, BENEFIT or SATISFACTION") @QueryParam("level1") @Size(max = 40) String level1,
            @Parameter(description = "Level-2 code, e.g. QUANTITY, COST, SOCIAL") @QueryParam("level2") @Size(max = 40) String level2,
            @Parameter(description = "e.g. 教育, 住房城乡建设, 通用") @QueryParam("industry") @Size(max = Texts.SEARCH_TERM_MAX_LENGTH) String industry,
            @Parameter(description = "true (the default) or false; empty for both", schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false", ""}))
            @QueryParam("active") @DefaultValue("true") @Pattern(regexp = "true|false|", message = "VALUE_NOT_ALLOWED") String active,
            @BeanParam @Valid PageQuery paging) {
        Boolean activeOnly = active.isEmpty() ? null : Boolean.valueOf(active);
        TemplateSearchCriteria criteria = new TemplateSearchCriteria(term("keyword", keyword), term("level1", level1),
                term("level2", level2), term("industry", industry), activeOnly);
        return PageResponse.of(search.searchIndicatorTemplates(requestActor.actor(), criteria, paging.paging()), mapper::toResponse);
    }

    @POST
    @Operation(operationId = "createIndicatorTemplate", summary = "Add a template (finance only)")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its revision",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = IndicatorTemplateResponse.class)))
    @IdempotentCreate
    @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)
    public RestResponse<IndicatorTemplateResponse> create(@Valid @NotNull IndicatorTemplateRequest body, @Context UriInfo uri) {
        IndicatorTemplateDetails created = create.createIndicatorTemplate(requestActor.actor(), mapper.toDetails(body));
        return ResponseBuilder.<IndicatorTemplateResponse>created(uri.getAbsolutePathBuilder().path(created.template().getId().toString()).build())
                .tag(Long.toString(created.revision())).entity(mapper.toResponse(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicatorTemplate", summary = "One template")
    public RestResponse<IndicatorTemplateResponse> find(@PathParam("id") @NotNull TemplateId id) {
        return ok(search.findIndicatorTemplate(requestActor.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "editIndicatorTemplate", summary = "Change a template (finance only)", description = "Requires If-Match.")
    public RestResponse<IndicatorTemplateResponse> edit(@PathParam("id") @NotNull TemplateId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @Valid @NotNull IndicatorTemplateRequest body) {
        long revision = Revisions.fromIfMatch(ifMatch, IndicatorTemplate.AUDIT_TYPE, id.toString());
        return ok(edit.editIndicatorTemplate(requestActor.actor(), new EditIndicatorTemplateCommand(id, revision, mapper.toDetails(body))));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(operationId = "deactivateIndicatorTemplate", summary = "Take a template out of use (finance only)", description = "Requires If-Match.")
    public RestResponse<IndicatorTemplateResponse> deactivate(@PathParam("id") @NotNull TemplateId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(edit.setIndicatorTemplateActive(requestActor.actor(), new SetIndicatorTemplateActiveCommand(id,
                Revisions.fromIfMatch(ifMatch, IndicatorTemplate.AUDIT_TYPE, id.toString()), false)));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(operationId = "activateIndicatorTemplate", summary = "Put a template back into use (finance only)", description = "Requires If-Match.")
    public RestResponse<IndicatorTemplateResponse> activate(@PathParam("id") @NotNull TemplateId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(edit.setIndicatorTemplateActive(requestActor.actor(), new SetIndicatorTemplateActiveCommand(id,
                Revisions.fromIfMatch(ifMatch, IndicatorTemplate.AUDIT_TYPE, id.toString()), true)));
    }

    private RestResponse<IndicatorTemplateResponse> ok(IndicatorTemplateDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }

    /** A search term as the domain takes it: trimmed, null when blank. */
    private static String term(String name, String raw) {
        return raw == null || raw.isBlank() ? null : Texts.searchTerm(name, raw);
    }
}
