package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageView;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.goal.GoalCoverageReport;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/goal-coverage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance goals")
public class GoalCoverageResource {

    private final GoalCoverageQuery coverage;
    private final RequestActor requestActor;

    @Inject
    public GoalCoverageResource(GoalCoverageQuery coverage, RequestActor requestActor) {
        this.coverage = coverage;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(operationId = "getGoalCoverage", summary = "Goal coverage (全覆盖) of a year within the caller's scope",
            description = "Projects, transfer payments and units' overall spending without an approved goal, with counts, amounts and "
                    + "shares; each gap with its unit's and project's names.")
    public GoalCoverageResponse coverage(@Parameter(description = "Fiscal year (required)", required = true, example = "2024")
                                         @QueryParam("fiscalYear") @NotNull FiscalYear fiscalYear) {
        GoalCoverageView view = coverage.goalCoverage(requestActor.actor(), fiscalYear);
        GoalCoverageReport report = view.report();
        return new GoalCoverageResponse(fiscalYear.value(),
                report.categories().stream().map(GoalCoverageResource::category).toList(),
                report.missing().stream().map(g -> new GoalCoverageResponse.Gap(Coded.of(g.category()), g.unitCode().value(),
                        view.unitNames().get(g.unitCode()), g.project().map(ProjectCode::value).orElse(null),
                        g.project().map(view.projectNames()::get).orElse(null), g.amount().amount())).toList());
    }

    private static GoalCoverageResponse.Category category(CoverageFigures f) {
        return new GoalCoverageResponse.Category(Coded.of(f.category()), f.total(), f.covered(), f.missingCount(),
                f.totalAmount().amount(), f.coveredAmount().amount(), f.missingAmount().amount(),
                f.shareByCount().orElse(null), f.shareByAmount().orElse(null));
    }
}
