package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException;
import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException.RowProblem;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.adapter.rest.shared.Revisions;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.FindKeyEvaluationQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationUseCase;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreSheetProblem;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreSheetRejectedException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The evaluation score sheet (评价得分表) of a key evaluation: finance and the agency download it; the commissioned
 * agency's evaluator sends it back filled, which scores the evaluation exactly as the JSON score sheet does (all or
 * nothing, every bad row named by its row number and column).
 */
@Path("/api/v1/key-evaluations/{id}/score-sheet.xlsx")
@Authenticated
@Tag(name = "Key evaluations")
public class KeyEvaluationScoreSheetResource {

    private static final String SCORE_COLUMN = ScoreSheetWorkbook.HEADERS.get(ScoreSheetWorkbook.SCORE);
    private static final String CODE_COLUMN = ScoreSheetWorkbook.HEADERS.get(ScoreSheetWorkbook.CODE);
    private static final String NOTE_COLUMN = ScoreSheetWorkbook.HEADERS.get(ScoreSheetWorkbook.NOTE);

    private final FindKeyEvaluationQuery find;
    private final ScoreKeyEvaluationUseCase score;
    private final RequestActor requestActor;
    private final SpreadsheetBulkhead bulkhead;

    @Inject
    public KeyEvaluationScoreSheetResource(FindKeyEvaluationQuery find, ScoreKeyEvaluationUseCase score, RequestActor requestActor,
                                           SpreadsheetBulkhead bulkhead) {
        this.find = find;
        this.score = score;
        this.requestActor = requestActor;
        this.bulkhead = bulkhead;
    }

    /** What a returned sheet did: how many indicators it scored, the evaluation's total now and its revision. */
    @Schema(name = "ScoreSheetImport", requiredProperties = {"scored", "total", "revision"})
    public record ScoreSheetImportResponse(int scored, BigDecimal total, long revision) {
    }

    @GET
    @Produces(Spreadsheets.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The score sheet; ETag is the evaluation's revision",
            content = @Content(mediaType = Spreadsheets.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(operationId = "exportKeyEvaluationScoreSheet", summary = "The evaluation score sheet (评价得分表) as .xlsx",
            description = "The evaluation's own indicators with points, scoring guidance, scores and notes so far, subtotals, the total and the grade.")
    public Response export(@PathParam("id") KeyEvaluationId id) {
        KeyEvaluationDetails details = find.findKeyEvaluation(requestActor.actor(), id);
        return Response.fromResponse(Spreadsheets.attachment(ScoreSheetWorkbook.write(details), ScoreSheetWorkbook.filename(details.evaluation())))
                .tag(Long.toString(details.revision())).build();
    }

    @PUT
    @Consumes({Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importKeyEvaluationScoreSheet", summary = "Score the evaluation from its filled score sheet (the commissioned agency's evaluator)",
            description = "Requires If-Match. Reads 指标代码, 得分 and 评分说明 of every row below the header whose 指标代码 is filled; a row "
                    + "with an empty 得分 is left as it is. All or nothing: any bad row gives 422 naming every bad row and column, "
                    + "and nothing is recorded.")
    public RestResponse<ScoreSheetImportResponse> importSheet(@PathParam("id") KeyEvaluationId id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                              byte[] workbook) {
        KeyEvaluationId evaluation = id;
        long revision = Revisions.fromIfMatch(ifMatch, KeyEvaluation.AUDIT_TYPE, evaluation.toString());
        byte[] body = workbook == null ? new byte[0] : workbook;
        find.findKeyEvaluation(requestActor.actor(), evaluation); // who may not see it learns nothing from its sheet (404)
        KeyEvaluationDetails scored = bulkhead.call(() -> {
            List<ScoreSheetWorkbook.Line> lines = ScoreSheetWorkbook.read(body, bulkhead.limits());
            List<ScoreEntry> entries = new ArrayList<>();
            List<ScoreSheetWorkbook.Line> given = new ArrayList<>();
            for (ScoreSheetWorkbook.Line line : lines) {
                if (line.score() != null) {
                    // A score that is no number goes in as none: the domain then refuses the whole sheet, naming it.
                    entries.add(new ScoreEntry(line.indicatorCode(), number(line.score()), line.note()));
                    given.add(line);
                }
            }
            if (entries.isEmpty()) {
                throw new InvalidValueException("body", "SCORE_SHEET_WITHOUT_SCORES", Map.of("column", SCORE_COLUMN));
            }
            try {
                return score.scoreKeyEvaluation(requestActor.actor(), new ScoreKeyEvaluationCommand(evaluation, revision, entries));
            } catch (ScoreSheetRejectedException refused) {
                throw rejected(refused, given);
            }
        });
        return ResponseBuilder.ok(new ScoreSheetImportResponse(entries(scored), scored.evaluation().total().value(), scored.revision()))
                .tag(Long.toString(scored.revision())).build();
    }

    private static int entries(KeyEvaluationDetails details) {
        return details.evaluation().getScores().size();
    }

    /** The domain's refusal as the sheet's: each problem at its row and column; a score that is no number said so. */
    private static SheetRejectedException rejected(ScoreSheetRejectedException refused, List<ScoreSheetWorkbook.Line> given) {
        List<RowProblem> problems = new ArrayList<>();
        for (ScoreSheetProblem p : refused.problems()) {
            ScoreSheetWorkbook.Line line = given.get(p.index());
            if (number(line.score()) == null && p.code().equals("SCORE_REQUIRED")) {
                problems.add(new RowProblem(line.row(), SCORE_COLUMN, "SCORE_NOT_A_NUMBER",
                        Map.of("indicatorCode", line.indicatorCode(), "score", line.score())));
            } else {
                problems.add(new RowProblem(line.row(), columnOf(p.code()), p.code(), p.arguments()));
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return new SheetRejectedException("KEY_EVALUATION_SCORE_SHEET_REJECTED", problems);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String columnOf(String code) {
        if (code.startsWith("SCORE_NOTE") || code.startsWith("TEXT_") || code.contains("NOTE")) {
            return NOTE_COLUMN;
        }
        if (code.startsWith("SCORE_INDICATOR")) {
            return CODE_COLUMN;
        }
        return SCORE_COLUMN;
    }
}
