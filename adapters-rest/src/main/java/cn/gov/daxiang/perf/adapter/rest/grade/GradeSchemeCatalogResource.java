package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.GradeSchemeCatalogRequest;
import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.SchemeAssignmentRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeAssignment;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogQuery;
import cn.gov.daxiang.perf.application.port.in.grade.ReplaceGradeSchemeCatalogUseCase;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
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
    @Operation(summary = "The grade-scheme catalog")
    public Response read() {
        return ok(catalog.gradeSchemeCatalog(requestActor.actor()));
    }

    @PUT
    @Operation(summary = "Replace the catalog (finance administration)",
            description = "Requires If-Match. Grades already given keep their scheme; the new catalog grades what is submitted from now on.")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GradeSchemeCatalogRequest request) {
        long revision = Revisions.fromIfMatch(ifMatch, GradeSchemeCatalog.AUDIT_TYPE, GradeSchemeCatalog.AUDIT_ID);
        if (request == null) {
            throw Fields.missing("body");
        }
        List<GradeSchemeAssignment> entries = new ArrayList<>();
        List<SchemeAssignmentRequest> given = request.entries() == null ? List.of() : request.entries();
        for (int i = 0; i < given.size(); i++) {
            String at = "entries[" + i + "]";
            SchemeAssignmentRequest entry = Fields.required(at, given.get(i));
            entries.add(new GradeSchemeAssignment(
                    Fields.requiredText(at + ".evaluationType", entry.evaluationType(), t -> Fields.code(at + ".evaluationType", t, EvaluationType.class)),
                    Fields.within(at + ".effectiveFrom", () -> FiscalYear.of(Fields.required(at + ".effectiveFrom", entry.effectiveFrom()))),
                    Fields.requiredText(at + ".schemeId", entry.schemeId(), GradeSchemeId::of)));
        }
        return ok(replace.replaceGradeSchemeCatalog(requestActor.actor(), revision, entries));
    }

    private Response ok(GradeSchemeCatalogDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }
}
