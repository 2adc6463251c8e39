package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageQuery;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.goal.GoalCoverageReport;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
    @Operation(summary = "Goal coverage (全覆盖) of a year within the caller's scope",
            description = "Projects, transfer payments and units' overall spending without an approved goal, with counts, amounts and shares.")
    public GoalCoverageResponse coverage(@Parameter(description = "Fiscal year (required)", required = true) @QueryParam("fiscalYear") String fiscalYear) {
        FiscalYear year = Params.required("fiscalYear", fiscalYear, FiscalYear::parse);
        GoalCoverageReport report = coverage.goalCoverage(requestActor.actor(), year);
        return new GoalCoverageResponse(year.value(),
                report.categories().stream().map(GoalCoverageResource::category).toList(),
                report.missing().stream().map(g -> new GoalCoverageResponse.Gap(g.category().name(), g.unitCode().value(),
                        g.project().map(ProjectCode::value).orElse(null), g.amount().amount())).toList());
    }

    private static GoalCoverageResponse.Category category(CoverageFigures f) {
        return new GoalCoverageResponse.Category(f.category().name(), f.total(), f.covered(), f.missingCount(),
                f.totalAmount().amount(), f.coveredAmount().amount(), f.missingAmount().amount(),
                f.shareByCount().orElse(null), f.shareByAmount().orElse(null));
    }
}
