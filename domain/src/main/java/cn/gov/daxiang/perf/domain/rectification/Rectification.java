package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rectification item (整改事项): a finding of an evaluation the responsible unit must put right by a deadline.
 * Issued from an accepted key evaluation's finding (automatically, once per finding) or raised by finance on any
 * evaluation; ISSUED → IN_PROGRESS (the unit starts) → REPORTED (the unit reports 整改落实情况: a text and at least one
 * evidence file) → VERIFIED (finance), or RETURNED by finance with reasons, after which the unit reports again.
 *
 * <p><b>Overdue</b> is computed, never stored: on a district day after the deadline day, an item the unit still owes
 * (ISSUED, IN_PROGRESS, RETURNED) is overdue by the days since the deadline. The deadline day itself is still in time.
 * A REPORTED or VERIFIED item is not overdue; a report made after the deadline day is recorded as late with its days
 * late (like the agency ledger's late reports) and stays so, whatever finance does with it.
 */
public final class Rectification implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "rectification";
    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int REPORT_MAX_LENGTH = 4000;
    public static final int REASON_MAX_LENGTH = 1000;
    /** Deadlines lie within four-digit years (what every database stores as a date). */
    public static final int MAX_DEADLINE_YEAR = 9999;

    private final RectificationId id;
    private final RectificationSource source;
    private final FiscalYear evaluationYear;
    private final ProjectCode projectCode;
    private final UnitCode responsibleUnit;
    private final String text;
    private final LocalDate deadline;
    private RectificationState state;
    private final ActorId issuedBy;
    private final Instant issuedAt;
    private Instant startedAt;
    private final List<RectificationReport> reports;
    private String returnReason;
    private int returnCount;
    private ActorId verifiedBy;
    private Instant verifiedAt;
    private final RecordedEvents events = new RecordedEvents();

    /** Everything an item holds, for {@link #restore}. */
    public record Stored(RectificationId id, RectificationSource source, FiscalYear evaluationYear, ProjectCode projectCode,
                         UnitCode responsibleUnit, String text, LocalDate deadline, RectificationState state, ActorId issuedBy,
                         Instant issuedAt, Instant startedAt, List<RectificationReport> reports, String returnReason, int returnCount,
                         ActorId verifiedBy, Instant verifiedAt) {
    }

    private Rectification(Stored s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.source = Objects.requireNonNull(s.source(), "source");
        this.evaluationYear = Objects.requireNonNull(s.evaluationYear(), "evaluationYear");
        this.projectCode = s.projectCode();
        this.responsibleUnit = Objects.requireNonNull(s.responsibleUnit(), "responsibleUnit");
        this.text = Objects.requireNonNull(s.text(), "text");
        this.deadline = Objects.requireNonNull(s.deadline(), "deadline");
        this.state = Objects.requireNonNull(s.state(), "state");
        this.issuedBy = Objects.requireNonNull(s.issuedBy(), "issuedBy");
        this.issuedAt = Objects.requireNonNull(s.issuedAt(), "issuedAt");
        this.startedAt = s.startedAt();
        this.reports = new ArrayList<>(s.reports());
        this.returnReason = s.returnReason();
        this.returnCount = s.returnCount();
        this.verifiedBy = s.verifiedBy();
        this.verifiedAt = s.verifiedAt();
    }

    /**
     * Issues an item to the responsible unit.
     *
     * @param projectCode the project it concerns, or null for a unit's (department's) overall spending
     * @param issuedOn    the district's day of issue; the deadline must not lie before it (null: not checked, for an
     *                    item from a finding, whose deadline finance accepted with the evaluation)
     */
    public static Rectification issue(RectificationId id, RectificationSource source, FiscalYear evaluationYear, ProjectCode projectCode,
                                      UnitCode responsibleUnit, String text, LocalDate deadline, ActorId issuedBy, Instant issuedAt,
                                      LocalDate issuedOn) {
        if (responsibleUnit == null) {
            throw new InvalidValueException("responsibleUnitCode", "REQUEST_FIELD_REQUIRED", Map.of("field", "responsibleUnitCode"));
        }
        if (deadline == null) {
            throw new InvalidValueException("deadline", "REQUEST_FIELD_REQUIRED", Map.of("field", "deadline"));
        }
        if (deadline.getYear() > MAX_DEADLINE_YEAR) {
            throw new InvalidValueException("deadline", "RECTIFICATION_DEADLINE_OUT_OF_RANGE",
                    Map.of("deadline", deadline.toString(), "maxYear", MAX_DEADLINE_YEAR));
        }
        String finding = Texts.required("text", text, TEXT_MAX_LENGTH);
        if (issuedOn != null && deadline.isBefore(issuedOn)) {
            throw new InvalidValueException("deadline", "RECTIFICATION_DEADLINE_IN_THE_PAST",
                    Map.of("deadline", deadline.toString(), "today", issuedOn.toString()));
        }
        Rectification item = new Rectification(new Stored(id, source, evaluationYear, projectCode, responsibleUnit, finding, deadline,
                RectificationState.ISSUED, issuedBy, issuedAt, null, List.of(), null, 0, null, null));
        item.events.record(new RectificationIssued(id, source, responsibleUnit, deadline));
        return item;
    }

    public static Rectification restore(Stored stored) {
        return new Rectification(stored);
    }

    /** The responsible unit starts (整改中). */
    public void start(Instant at) {
        require(RectificationAction.START);
        state = RectificationState.IN_PROGRESS;
        startedAt = Objects.requireNonNull(at, "at");
        events.record(new RectificationStarted(id));
    }

    /**
     * The responsible unit reports how it rectified (整改落实情况): a text, and at least one evidence file attached to the
     * item beforehand (a report finance can verify). A report after the deadline day is recorded late.
     *
     * @param evidenceFiles how many evidence files the item holds now
     */
    public void report(String reportText, int evidenceFiles, Instant at, LocalDate today) {
        require(RectificationAction.REPORT);
        String given = Texts.required("text", reportText, REPORT_MAX_LENGTH);
        if (evidenceFiles < 1) {
            throw new RuleViolationException("RECTIFICATION_EVIDENCE_REQUIRED", Map.of("rectificationId", id.toString()));
        }
        long late = Math.max(0, ChronoUnit.DAYS.between(deadline, today));
        RectificationReport report = new RectificationReport(reports.size() + 1, given, at, today, evidenceFiles, Math.toIntExact(late));
        reports.add(report);
        state = RectificationState.REPORTED;
        events.record(new RectificationReported(id, report.round(), report.late()));
    }

    /** Finance verifies the rectification (核实); the item is closed. */
    public void verify(ActorId by, Instant at) {
        require(RectificationAction.VERIFY);
        state = RectificationState.VERIFIED;
        verifiedBy = Objects.requireNonNull(by, "by");
        verifiedAt = Objects.requireNonNull(at, "at");
        events.record(new RectificationVerified(id));
    }

    /** Finance returns the report with its reasons (退回); the unit reports again. The deadline stays as it was. */
    public void returnToUnit(String reason) {
        require(RectificationAction.RETURN);
        String given = Texts.required("reason", reason, REASON_MAX_LENGTH);
        state = RectificationState.RETURNED;
        returnReason = given;
        returnCount++;
        events.record(new RectificationReturned(id, given));
    }

    /**
     * Whether the item is overdue on the district day {@code today}: the unit still owes it (ISSUED, IN_PROGRESS,
     * RETURNED) and the deadline day has passed; days overdue count from the deadline day (the day after it is 1).
     */
    public Overdue overdueOn(LocalDate today) {
        if (!state.awaitsUnit() || !today.isAfter(deadline)) {
            return Overdue.NOT;
        }
        return new Overdue(true, ChronoUnit.DAYS.between(deadline, today));
    }

    /** Not yet verified. */
    public boolean isOpen() {
        return state != RectificationState.VERIFIED;
    }

    public List<RectificationAction> allowedActions() {
        return RectificationAction.allowedIn(state);
    }

    private void require(RectificationAction action) {
        List<RectificationAction> allowed = RectificationAction.allowedIn(state);
        if (!allowed.contains(action)) {
            throw new IllegalTransitionException("RECTIFICATION_ILLEGAL_TRANSITION", state, action, allowed);
        }
    }

    public RectificationId getId() {
        return id;
    }

    public RectificationSource getSource() {
        return source;
    }

    /** The plan year of the key evaluation, or the fiscal year of the self-evaluation, it comes from. */
    public FiscalYear getEvaluationYear() {
        return evaluationYear;
    }

    public Optional<ProjectCode> getProjectCode() {
        return Optional.ofNullable(projectCode);
    }

    public UnitCode getResponsibleUnit() {
        return responsibleUnit;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RectificationState getState() {
        return state;
    }

    public ActorId getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** Every report, oldest first. */
    public List<RectificationReport> getReports() {
        return List.copyOf(reports);
    }

    public Optional<RectificationReport> lastReport() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    /** Whether the last report came after the deadline day. */
    public boolean reportedLate() {
        return lastReport().map(RectificationReport::late).orElse(false);
    }

    public Optional<String> getReturnReason() {
        return Optional.ofNullable(returnReason);
    }

    public int getReturnCount() {
        return returnCount;
    }

    public Optional<ActorId> getVerifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    public Optional<Instant> getVerifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("evaluationKind", source.kind().name());
        fields.put("evaluationId", source.evaluationId().toString());
        fields.put("findingIndex", source.findingIndex() == null ? null : source.findingIndex().toString());
        fields.put("evaluationYear", evaluationYear.toString());
        fields.put("projectCode", projectCode == null ? null : projectCode.value());
        fields.put("responsibleUnit", responsibleUnit.value());
        fields.put("text", text);
        fields.put("deadline", deadline.toString());
        fields.put("state", state.name());
        fields.put("reports", Integer.toString(reports.size()));
        fields.put("reportText", lastReport().map(RectificationReport::text).orElse(null));
        fields.put("reportedLate", lastReport().map(r -> Boolean.toString(r.late())).orElse(null));
        fields.put("returnReason", returnReason);
        fields.put("verifiedBy", verifiedBy == null ? null : verifiedBy.value());
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    @Override
    public String toString() {
        return "Rectification[" + id + " " + responsibleUnit + " " + state + " due " + deadline + "]";
    }
}
