package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.grade.GradeScoreQuery;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Operation(operationId = "gradeScore",
            summary = "The grade a score (two decimals, 0–100) earns for an evaluation type and fiscal year, with the scheme")
    public GradingResponses.GradeResponse grade(
            @Parameter(description = "SELF_EVALUATION, DEPARTMENT_EVALUATION or KEY_EVALUATION (or the label)", required = true)
            @QueryParam("evaluationType") @NotNull EvaluationType evaluationType,
            @Parameter(description = "Fiscal year evaluated", required = true, example = "2024") @QueryParam("fiscalYear") @NotNull FiscalYear fiscalYear,
            @Parameter(description = "Score, e.g. 89.99", required = true, schema = @Schema(type = SchemaType.NUMBER), example = "89.99")
            @QueryParam("score") @NotNull Score score) {
        GradedScore graded = grades.gradeScore(requestActor.actor(), evaluationType, fiscalYear, score);
        return new GradingResponses.GradeResponse(Coded.of(evaluationType), fiscalYear.value(), graded.score().value(),
                Coded.of(graded.grade()), graded.schemeId().value());
    }
}
