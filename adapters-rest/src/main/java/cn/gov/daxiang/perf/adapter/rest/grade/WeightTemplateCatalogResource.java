package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.WeightTemplateCatalogRequest;
import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.WeightTemplateRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.grade.ReplaceWeightTemplateCatalogUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogQuery;
import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
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
    @Operation(operationId = "getWeightTemplateCatalog",
            summary = "The self-evaluation weight catalog (default 预算执行率 10, 产出 50, 效益 30, 满意度 10)")
    public RestResponse<GradingResponses.WeightTemplateCatalogResponse> read() {
        return ok(catalog.weightTemplateCatalog(requestActor.actor()));
    }

    @PUT
    @Operation(operationId = "replaceWeightTemplateCatalog", summary = "Replace the weight catalog (finance administration)",
            description = "Requires If-Match; every template adds up to 100.")
    public RestResponse<GradingResponses.WeightTemplateCatalogResponse> replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                                                @Valid @NotNull WeightTemplateCatalogRequest body) {
        long revision = Revisions.fromIfMatch(ifMatch, WeightTemplateCatalog.AUDIT_TYPE, WeightTemplateCatalog.AUDIT_ID);
        List<WeightTemplateCatalog.Entry> entries = new ArrayList<>();
        for (int i = 0; i < body.entries().size(); i++) {
            WeightTemplateRequest entry = body.entries().get(i);
            WeightTemplate template = GradingRestMapper.at("entries[" + i + "]",
                    () -> new WeightTemplate(entry.executionRate(), new LinkedHashMap<>(entry.groups())));
            entries.add(new WeightTemplateCatalog.Entry(entry.kind(), entry.effectiveFrom(), template));
        }
        WeightTemplateCatalog replacement = GradingRestMapper.at("entries", () -> new WeightTemplateCatalog(entries));
        return ok(replace.replaceWeightTemplateCatalog(requestActor.actor(), revision, replacement));
    }

    private RestResponse<GradingResponses.WeightTemplateCatalogResponse> ok(WeightTemplateCatalogDetails details) {
        return ResponseBuilder.ok(mapper.toResponse(details)).tag(Long.toString(details.revision())).build();
    }
}
