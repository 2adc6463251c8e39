package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
import cn.gov.daxiang.perf.application.port.in.grade.GradeScoreQuery;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.scoring.Score;
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

/** Grades a score the way evaluations are graded: the scheme the catalog names for the type and year. */
@Path("/api/v1/grades")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grading")
public class GradeResource {

    private final GradeScoreQuery grades;
    private final RequestActor requestActor;

    @Inject
    public GradeResource(GradeScoreQuery grades, RequestActor requestActor) {
        this.grades = grades;
        this.requestActor = requestActor;
    }

    @GET
    @Operation(summary = "The grade a score (two decimals, 0–100) earns for an evaluation type and fiscal year, with the scheme")
    public GradingResponses.GradeResponse grade(
            @Parameter(description = "SELF_EVALUATION, DEPARTMENT_EVALUATION or KEY_EVALUATION", required = true) @QueryParam("evaluationType") String type,
            @Parameter(description = "Fiscal year evaluated", required = true) @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "Score, e.g. 89.99", required = true) @QueryParam("score") String score) {
        Params params = new Params();
        EvaluationType evaluationType = params.optional("evaluationType", type, t -> Fields.code("evaluationType", t, EvaluationType.class));
        FiscalYear year = params.optional("fiscalYear", fiscalYear, FiscalYear::parse);
        Score value = params.optional("score", score, Score::of);
        params.requireValid();
        Fields.required("evaluationType", evaluationType);
        Fields.required("fiscalYear", year);
        Fields.required("score", value);
        GradedScore graded = grades.gradeScore(requestActor.actor(), evaluationType, year, value);
        return new GradingResponses.GradeResponse(evaluationType.name(), year.value(), graded.score().value(), graded.grade().name(),
                graded.grade().label(), graded.schemeId().value());
    }
}
