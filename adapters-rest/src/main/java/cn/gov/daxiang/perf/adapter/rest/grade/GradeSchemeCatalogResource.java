package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.GradeSchemeCatalogRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeAssignment;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogQuery;
import cn.gov.daxiang.perf.application.port.in.grade.ReplaceGradeSchemeCatalogUseCase;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Which grade scheme grades which evaluation type from which fiscal year on: read by all, replaced whole by finance administration. */
@Path("/api/v1/grade-scheme-catalog")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grading")
public class GradeSchemeCatalogResource {

    private final GradeSchemeCatalogQuery catalog;
    private final ReplaceGradeSchemeCatalogUseCase replace;
    private final GradingRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public GradeSchemeCatalogResource(GradeSchemeCatalogQuery catalog, ReplaceGradeSchemeCatalogUseCase replace, GradingRestMapper mapper,
                                      RequestActor requestActor) {
        this.catalog = catalog;
        this.replace = replace;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "getGradeSchemeCatalog", summary = "The grade-scheme catalog")
    public RestResponse<GradingResponses.GradeSchemeCatalogResponse> read() {
        return ok(catalog.gradeSchemeCatalog(requestActor.actor()));
    }

    @PUT
    @Operation(operationId = "replaceGradeSchemeCatalog", summary = "Replace the catalog (finance administration)",
            description = "Requires If-Match. Grades already given keep their scheme; the new catalog grades what is submitted from now on.")
    public RestResponse<GradingResponses.GradeSchemeCatalogResponse> replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                                             @Valid @NotNull GradeSchemeCatalogRequest body) {
        long revision = Revisions.fromIfMatch(ifMatch, GradeSchemeCatalog.AUDIT_TYPE, GradeSchemeCatalog.AUDIT_ID);
        List<GradeSchemeAssignment> entries = body.entries().stream()
                .map(e -> new GradeSchemeAssignment(e.evaluationType(), e.effectiveFrom(), e.schemeId())).toList();
        return ok(replace.replaceGradeSchemeCatalog(requestActor.actor(), revision, entries));
    }

    private RestResponse<GradingResponses.GradeSchemeCatalogResponse> ok(GradeSchemeCatalogDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }
}
