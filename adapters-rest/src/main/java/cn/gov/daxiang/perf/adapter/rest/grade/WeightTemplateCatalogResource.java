package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.WeightTemplateCatalogRequest;
import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.WeightTemplateRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.grade.ReplaceWeightTemplateCatalogUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogQuery;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
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
import java.util.LinkedHashMap;
import java.util.List;

/** Which weights (自评权重) score which kind of self-evaluation from which fiscal year on; each evaluation keeps the weights it opened with. */
@Path("/api/v1/weight-template-catalog")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grading")
public class WeightTemplateCatalogResource {

    private final WeightTemplateCatalogQuery catalog;
    private final ReplaceWeightTemplateCatalogUseCase replace;
    private final GradingRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public WeightTemplateCatalogResource(WeightTemplateCatalogQuery catalog, ReplaceWeightTemplateCatalogUseCase replace,
                                         GradingRestMapper mapper, RequestActor requestActor) {
        this.catalog = catalog;
        this.replace = replace;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "The self-evaluation weight catalog (default 预算执行率 10, 产出 50, 效益 30, 满意度 10)")
    public Response read() {
        return ok(catalog.weightTemplateCatalog(requestActor.actor()));
    }

    @PUT
    @Operation(summary = "Replace the weight catalog (finance administration)", description = "Requires If-Match; every template adds up to 100.")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WeightTemplateCatalogRequest request) {
        long revision = Revisions.fromIfMatch(ifMatch, WeightTemplateCatalog.AUDIT_TYPE, WeightTemplateCatalog.AUDIT_ID);
        if (request == null) {
            throw Fields.missing("body");
        }
        List<WeightTemplateCatalog.Entry> entries = new ArrayList<>();
        List<WeightTemplateRequest> given = request.entries() == null ? List.of() : request.entries();
        for (int i = 0; i < given.size(); i++) {
            String at = "entries[" + i + "]";
            WeightTemplateRequest entry = Fields.required(at, given.get(i));
            SelfEvaluationKind kind = Fields.requiredText(at + ".kind", entry.kind(), t -> Fields.code(at + ".kind", t, SelfEvaluationKind.class));
            FiscalYear from = Fields.within(at + ".effectiveFrom", () -> FiscalYear.of(Fields.required(at + ".effectiveFrom", entry.effectiveFrom())));
            WeightTemplate template = Fields.within(at, () -> new WeightTemplate(Fields.required(at + ".executionRate", entry.executionRate()),
                    new LinkedHashMap<>(Fields.required(at + ".groups", entry.groups()))));
            entries.add(new WeightTemplateCatalog.Entry(kind, from, template));
        }
        WeightTemplateCatalog replacement = Fields.within("entries", () -> new WeightTemplateCatalog(entries));
        return ok(replace.replaceWeightTemplateCatalog(requestActor.actor(), revision, replacement));
    }

    private Response ok(WeightTemplateCatalogDetails details) {
        return Response.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }
}
