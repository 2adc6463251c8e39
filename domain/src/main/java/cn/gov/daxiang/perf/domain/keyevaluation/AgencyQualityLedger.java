package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.scoring.ScoreGapTally;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well an agency served the bureau in a plan year (第三方机构质量台账), computed from its key evaluations whenever it
 * is asked for, never stored: how many it was given, how many reports came in on time and how late the others were,
 * how often finance returned them, and how far its scores lie from the scores the units gave themselves for the same
 * objects. The bureau's report names uneven third-party report quality as a problem; this is the evidence.
 *
 * @param assigned      evaluations commissioned to the agency in the year
 * @param submitted     of those, with at least one report submitted
 * @param onTime        first report submitted on or before the due date
 * @param late          first report after the due date, or none yet and the due date passed
 * @param lateDays      days late summed over the late ones (still open ones count up to today)
 * @param maxLateDays   the worst of them
 * @param returned      evaluations returned for rework at least once
 * @param reworkRounds  returns in all
 * @param accepted      evaluations accepted
 * @param compared      evaluations with both an agency score and the units' own score of the same object
 * @param meanSpread    mean of (agency score − self-assessed score) over the compared ones; negative when the agency
 *                      grades lower than the units grade themselves; null when none compared
 * @param meanAbsoluteSpread mean of |agency − self|; null when none compared
 * @param lines         one line per evaluation, in plan order
 */
public record AgencyQualityLedger(AgencyId agency, FiscalYear fiscalYear, int assigned, int submitted, int onTime, int late,
                                  long lateDays, long maxLateDays, int returned, int reworkRounds, int accepted, int compared,
                                  BigDecimal meanSpread, BigDecimal meanAbsoluteSpread, List<Line> lines) {

    /** One evaluation in the ledger. {@code daysLate} is 0 when on time or not yet due. */
    public record Line(KeyEvaluationId evaluation, String title, KeyEvaluationState state, LocalDate dueDate,
                       LocalDate firstSubmittedOn, long daysLate, int reworkRounds, Score agencyScore, Score selfAssessedScore,
                       BigDecimal spread) {
    }

    public AgencyQualityLedger {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        lines = List.copyOf(lines);
    }

    /**
     * The ledger of {@code agency} for the plan year.
     *
     * @param evaluations the year's key evaluations (others' are skipped)
     * @param today       the district's today, for reports not yet in
     * @param zone        the district's time zone, in which a submission's day is counted
     */
    public static AgencyQualityLedger of(AgencyId agency, FiscalYear fiscalYear, List<KeyEvaluation> evaluations,
                                         SelfAssessedScores selfAssessed, LocalDate today, ZoneId zone) {
        List<Line> lines = new ArrayList<>();
        int submitted = 0;
        int onTime = 0;
        int late = 0;
        long lateDays = 0;
        long maxLateDays = 0;
        int returned = 0;
        int reworkRounds = 0;
        int accepted = 0;
        ScoreGapTally spreads = new ScoreGapTally();
        for (KeyEvaluation evaluation : evaluations) {
            if (!evaluation.isCommissionedTo(agency) || !evaluation.getFiscalYear().equals(fiscalYear)) {
                continue;
            }
            LocalDate due = evaluation.getDueDate();
            Optional<LocalDate> firstSubmitted = evaluation.getSubmissions().stream().findFirst()
                    .map(s -> s.submittedAt().atZone(zone).toLocalDate());
            LocalDate judgedOn = firstSubmitted.orElse(today);
            long daysLate = Math.max(0, ChronoUnit.DAYS.between(due, judgedOn));
            if (firstSubmitted.isPresent()) {
                submitted++;
                if (daysLate == 0) {
                    onTime++;
                }
            }
            if (daysLate > 0) {
                late++;
                lateDays += daysLate;
                maxLateDays = Math.max(maxLateDays, daysLate);
            }
            int rounds = evaluation.reworkRounds();
            reworkRounds += rounds;
            if (rounds > 0) {
                returned++;
            }
            if (evaluation.getState() == KeyEvaluationState.ACCEPTED) {
                accepted++;
            }
            Score agencyScore = evaluation.getResult().map(r -> r.score()).orElse(null);
            Score selfScore = selfAssessed.of(evaluation.getObject()).orElse(null);
            BigDecimal spread = null;
            if (agencyScore != null && selfScore != null) {
                spread = spreads.add(agencyScore, selfScore);
            }
            lines.add(new Line(evaluation.getId(), evaluation.getTitle(), evaluation.getState(), due, firstSubmitted.orElse(null),
                    daysLate, rounds, agencyScore, selfScore, spread));
        }
        return new AgencyQualityLedger(agency, fiscalYear, lines.size(), submitted, onTime, late, lateDays, maxLateDays,
                returned, reworkRounds, accepted, spreads.count(), spreads.mean(), spreads.meanAbsolute(), lines);
    }
}
