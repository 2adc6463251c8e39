package cn.gov.daxiang.perf.adapter.rest.arrangement;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetCommand;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetUseCase;
import cn.gov.daxiang.perf.application.port.in.arrangement.BudgetArrangementView;
import cn.gov.daxiang.perf.application.port.in.arrangement.FindBudgetArrangementQuery;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementRevision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's budget arrangement (预算安排) for its budget year, a sub-resource of the project as its readiness is:
 * finance sets it (PUT without If-Match, 201) and revises it (PUT with If-Match, 200); a NEW or CONTINUATION
 * project's amount is refused (422) without a concluded supporting assessment or above the assessed amount, the
 * problem naming the rule and the cap. Whoever may see the project reads it.
 */
@Path("/api/v1/projects/{projectCode}/budget-arrangement")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget arrangements", description = "预算安排: the amount proposed for a project, capped by its ex-ante assessment")
public class BudgetArrangementResource {

    private final FindBudgetArrangementQuery find;
    private final ArrangeBudgetUseCase arrange;
    private final RequestActor requestActor;

    @Inject
    public BudgetArrangementResource(FindBudgetArrangementQuery find, ArrangeBudgetUseCase arrange, RequestActor requestActor) {
        this.find = find;
        this.arrange = arrange;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "getBudgetArrangement", summary = "The project's arrangement, its classification and the cap its assessment sets",
            description = "Answers 200 with arranged=false when nothing is arranged yet; the ETag is present once arranged.")
    public RestResponse<BudgetArrangementResponse> find(@Parameter(schema = @Schema(type = SchemaType.STRING, example = "43050325T000000000101"))
                                                        @PathParam("projectCode") @NotNull ProjectCode projectCode) {
        return answer(find.findBudgetArrangement(requestActor.actor(), projectCode), false, null);
    }

    @PUT
    @Operation(operationId = "arrangeBudget", summary = "Set (without If-Match) or revise (with If-Match) the arrangement (finance)",
            description = "NEW and CONTINUATION projects need a concluded supporting assessment and stay within its assessed amount (422).")
    @APIResponse(responseCode = "200", description = "Revised (If-Match given)",
            content = @Content(schema = @Schema(implementation = BudgetArrangementResponse.class)))
    @APIResponse(responseCode = "201", description = "Set for the first time (no If-Match); Location is the arrangement",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = BudgetArrangementResponse.class)))
    public RestResponse<BudgetArrangementResponse> arrange(@Parameter(schema = @Schema(type = SchemaType.STRING, example = "43050325T000000000101"))
                                                           @PathParam("projectCode") @NotNull ProjectCode projectCode,
                                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                           @Valid @NotNull BudgetArrangementRequest body, @Context UriInfo uri) {
        Long revision = ifMatch == null ? null : Revisions.fromIfMatch(ifMatch, BudgetArrangement.AUDIT_TYPE, projectCode.value());
        BudgetArrangementView view = arrange.arrangeBudget(requestActor.actor(),
                new ArrangeBudgetCommand(projectCode, revision, body.amount(), body.classification(), body.classificationReason()));
        return answer(view, revision == null, uri);
    }

    private static RestResponse<BudgetArrangementResponse> answer(BudgetArrangementView view, boolean created, UriInfo uri) {
        RestResponse.ResponseBuilder<BudgetArrangementResponse> response = created
                ? ResponseBuilder.<BudgetArrangementResponse>created(uri.getAbsolutePath()) : ResponseBuilder.<BudgetArrangementResponse>ok();
        if (view.arrangement() != null) {
            response.tag(Long.toString(view.revision()));
        }
        return response.entity(toResponse(view)).build();
    }

    static BudgetArrangementResponse toResponse(BudgetArrangementView view) {
        BudgetArrangement a = view.arrangement();
        ArrangementRevision current = a == null ? null : a.current();
        AssessmentStanding standing = view.standing();
        AssessmentStanding.Concluded concluded = standing.latestConcluded();
        AssessmentStanding.Open open = standing.open();
        BudgetArrangementResponse.Assessment assessment = new BudgetArrangementResponse.Assessment(view.classification().needsAssessment(),
                concluded == null ? null : concluded.id().toString(), concluded == null ? null : Coded.of(concluded.conclusion()),
                concluded == null || concluded.assessedAmount() == null ? null : concluded.assessedAmount().amount(),
                open == null ? null : open.id().toString(), open == null ? null : Coded.of(open.state()),
                standing.supporting().map(c -> c.assessedAmount().amount()).orElse(null));
        return new BudgetArrangementResponse(view.project().getCode().value(), view.project().getName(), view.project().getUnitCode().value(),
                view.project().getFiscalYear().value(), Coded.of(view.project().getCategory()), a != null, Coded.of(view.classification()), a == null, current == null ? null : current.classificationReason(),
                current == null ? null : current.amount().amount(), a == null ? null : view.revision(), assessment,
                a == null ? java.util.List.of() : a.getRevisions().stream().map(r -> new BudgetArrangementResponse.RevisionLine(r.number(),
                        r.amount().amount(), Coded.of(r.classification()), r.classificationReason(),
                        r.assessmentId() == null ? null : r.assessmentId().toString(),
                        r.assessedAmount() == null ? null : r.assessedAmount().amount(), r.by().value(), r.at())).toList());
    }
}
