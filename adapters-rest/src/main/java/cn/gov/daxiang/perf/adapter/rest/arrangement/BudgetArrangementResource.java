package cn.gov.daxiang.perf.adapter.rest.arrangement;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetCommand;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetUseCase;
import cn.gov.daxiang.perf.application.port.in.arrangement.BudgetArrangementView;
import cn.gov.daxiang.perf.application.port.in.arrangement.FindBudgetArrangementQuery;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementRevision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "The project's arrangement, its classification and the cap its assessment sets",
            description = "Answers 200 with arranged=false when nothing is arranged yet; the ETag is present once arranged.")
    public Response find(@PathParam("projectCode") String projectCode) {
        return answer(find.findBudgetArrangement(requestActor.actor(), Params.required("projectCode", projectCode, ProjectCode::of)), false, null);
    }

    @PUT
    @Operation(summary = "Set (without If-Match) or revise (with If-Match) the arrangement (finance)",
            description = "NEW and CONTINUATION projects need a concluded supporting assessment and stay within its assessed amount (422).")
    public Response arrange(@PathParam("projectCode") String projectCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            BudgetArrangementRequest request, @Context UriInfo uri) {
        ProjectCode code = Params.required("projectCode", projectCode, ProjectCode::of);
        Long revision = ifMatch == null ? null : Revisions.fromIfMatch(ifMatch, BudgetArrangement.AUDIT_TYPE, code.value());
        if (request == null) {
            throw Fields.missing("body");
        }
        Money amount = Fields.within("amount", () -> new Money(Fields.required("amount", request.amount())));
        BudgetClassification classification = Fields.optionalText("classification", request.classification(),
                t -> Fields.code("classification", t, BudgetClassification.class));
        BudgetArrangementView view = arrange.arrangeBudget(requestActor.actor(),
                new ArrangeBudgetCommand(code, revision, amount, classification, request.classificationReason()));
        return answer(view, revision == null, uri);
    }

    private static Response answer(BudgetArrangementView view, boolean created, UriInfo uri) {
        Response.ResponseBuilder response = created ? Response.created(uri.getAbsolutePath()) : Response.ok();
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
                concluded == null ? null : concluded.id().toString(), concluded == null ? null : concluded.conclusion().name(),
                concluded == null || concluded.assessedAmount() == null ? null : concluded.assessedAmount().amount(),
                open == null ? null : open.id().toString(), open == null ? null : open.state().name(),
                standing.supporting().map(c -> c.assessedAmount().amount()).orElse(null));
        return new BudgetArrangementResponse(view.project().getCode().value(), view.project().getName(), view.project().getUnitCode().value(),
                view.project().getFiscalYear().value(), view.project().getCategory().name(), a != null, view.classification().name(),
                view.classification().label(), a == null, current == null ? null : current.classificationReason(),
                current == null ? null : current.amount().amount(), a == null ? null : view.revision(), assessment,
                a == null ? java.util.List.of() : a.getRevisions().stream().map(r -> new BudgetArrangementResponse.RevisionLine(r.number(),
                        r.amount().amount(), r.classification().name(), r.classificationReason(),
                        r.assessmentId() == null ? null : r.assessmentId().toString(),
                        r.assessedAmount() == null ? null : r.assessedAmount().amount(), r.by().value(), r.at())).toList());
    }
}
