package cn.gov.daxiang.perf.adapter.rest.agency;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.AgencyQualityLedgerQuery;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.keyevaluation.AgencyQualityLedger;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An agency's quality ledger (第三方机构质量台账) of a plan year, for finance and auditors. */
@Path("/api/v1/agencies/{agencyId}/quality-ledger")
@Authenticated
@Tag(name = "Agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyQualityLedgerResource {

    private final AgencyQualityLedgerQuery ledgers;
    private final RequestActor requestActor;

    @Inject
    public AgencyQualityLedgerResource(AgencyQualityLedgerQuery ledgers, RequestActor requestActor) {
        this.ledgers = ledgers;
        this.requestActor = requestActor;
    }

    @Schema(name = "AgencyQualityLedgerLine", requiredProperties = {"keyEvaluationId", "title", "state", "dueDate", "daysLate", "reworkRounds"})
    public record LedgerLineResponse(String keyEvaluationId, String title, Coded<KeyEvaluationState> state, LocalDate dueDate, LocalDate firstSubmittedOn,
                                     long daysLate, int reworkRounds, BigDecimal agencyScore, BigDecimal selfAssessedScore,
                                     BigDecimal spread) {
    }

    @Schema(name = "AgencyQualityLedger", requiredProperties = {"agencyId", "fiscalYear", "assigned", "submitted", "onTime", "late", "lateDays",
            "maxLateDays", "returned", "reworkRounds", "accepted", "compared", "lines"})
    public record AgencyQualityLedgerResponse(String agencyId, int fiscalYear, int assigned, int submitted, int onTime, int late,
                                              long lateDays, long maxLateDays, int returned, int reworkRounds, int accepted,
                                              int compared, BigDecimal meanSpread, BigDecimal meanAbsoluteSpread,
                                              List<LedgerLineResponse> lines) {
    }

    @GET
    @Operation(operationId = "getAgencyQualityLedger", summary = "An agency's quality ledger for a plan year (finance, auditors)",
            description = "Computed on request from the agency's key evaluations of the year: assigned, submitted, on time (first report "
                    + "on or before the due date, in the district's day), late and days late (open reports count up to today), returned "
                    + "and rework rounds, accepted; and the spread between the agency's scores and the units' own self-evaluation "
                    + "scores of the same objects (agency − self; negative where the agency grades lower than the units graded themselves).")
    public AgencyQualityLedgerResponse ledger(@PathParam("agencyId") String agencyId,
                                              @Parameter(description = "Plan year (required)", required = true, schema = @Schema(type = SchemaType.INTEGER), example = "2024")
                                              @QueryParam("fiscalYear") @NotNull FiscalYear fiscalYear) {
        AgencyId agency = AgencyResource.agencyId(agencyId);
        FiscalYear year = fiscalYear;
        AgencyQualityLedger l = ledgers.agencyQualityLedger(requestActor.actor(), agency, year);
        return new AgencyQualityLedgerResponse(l.agency().value(), l.fiscalYear().value(), l.assigned(), l.submitted(), l.onTime(), l.late(),
                l.lateDays(), l.maxLateDays(), l.returned(), l.reworkRounds(), l.accepted(), l.compared(), l.meanSpread(),
                l.meanAbsoluteSpread(), l.lines().stream().map(line -> new LedgerLineResponse(line.evaluation().toString(), line.title(),
                        Coded.of(line.state()), line.dueDate(), line.firstSubmittedOn(), line.daysLate(), line.reworkRounds(),
                        line.agencyScore() == null ? null : line.agencyScore().value(),
                        line.selfAssessedScore() == null ? null : line.selfAssessedScore().value(), line.spread())).toList());
    }
}
