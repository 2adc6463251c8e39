package cn.gov.daxiang.perf.adapter.rest.preassessment;

import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.CriteriaRequest;
import cn.gov.daxiang.perf.adapter.rest.preassessment.PreAssessmentRequests.CriterionRequest;
import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.preassessment.AssessmentCriteriaQuery;
import cn.gov.daxiang.perf.application.port.in.preassessment.PublishAssessmentCriteriaUseCase;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.List;

/**
 * The criteria ex-ante assessments are scored on (评估要点), as data: every user reads the version in force; finance
 * administration publishes the next one (If-Match names the version it was made from). Assessments keep the version
 * they were drafted with.
 */
@Path("/api/v1/assessment-criteria")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pre-assessments", description = "事前绩效评估: draft, submit, review, score, return, conclude")
public class AssessmentCriteriaResource {

    private final AssessmentCriteriaQuery query;
    private final PublishAssessmentCriteriaUseCase publish;
    private final PreAssessmentRestMapper mapper;
    private final RequestActor requestActor;

    @Inject
    public AssessmentCriteriaResource(AssessmentCriteriaQuery query, PublishAssessmentCriteriaUseCase publish, PreAssessmentRestMapper mapper,
                                      RequestActor requestActor) {
        this.query = query;
        this.publish = publish;
        this.mapper = mapper;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "getAssessmentCriteria",
            summary = "The assessment criteria in force (default: 申报必要性, 投入经济性, 绩效目标合理性, 实施方案可行性, 筹资合规性, 20 points each)")
    public RestResponse<AssessmentCriteriaResponse> current() {
        return ok(query.currentAssessmentCriteria(requestActor.actor()));
    }

    @PUT
    @Operation(operationId = "publishAssessmentCriteria", summary = "Publish the next version of the criteria (finance administration)",
            description = "The points must add up to 100. If-Match names the version in force (its ETag).")
    public RestResponse<AssessmentCriteriaResponse> publish(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CriteriaRequest body) {
        long version = Revisions.fromIfMatch(ifMatch, AssessmentCriteriaSet.AUDIT_TYPE, "current");
        List<AssessmentCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < body.criteria().size(); i++) {
            CriterionRequest c = body.criteria().get(i);
            String at = "criteria[" + i + "]";
            try {
                criteria.add(new AssessmentCriterion(c.code().strip(), c.label(), c.maxPoints()));
            } catch (InvalidValueException e) {
                throw e.forField(e.field().map(f -> at + "." + f).orElse(at));   // the criterion's own rule: name the line
            }
        }
        return ok(publish.publishAssessmentCriteria(requestActor.actor(), (int) Math.min(version, Integer.MAX_VALUE), criteria));
    }

    private RestResponse<AssessmentCriteriaResponse> ok(AssessmentCriteriaSet set) {
        return ResponseBuilder.ok(mapper.toResponse(set)).tag(Integer.toString(set.getVersion())).build();
    }
}
