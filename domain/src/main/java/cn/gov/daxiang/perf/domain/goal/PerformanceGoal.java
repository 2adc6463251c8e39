package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A performance goal (绩效目标) of a project, of a unit's overall spending, or of an upper-level transfer
 * payment, for one fiscal year. It keeps every version: the first declaration and each adjustment
 * (调整), each reviewed on its own (DRAFT → SUBMITTED → DEPT_REVIEWED → FINANCE_REVIEWED → APPROVED →
 * PUBLISHED, with returns and rejection). Monitoring and evaluation work against the latest approved
 * version while a newer one is under review. At most one version is open at a time, and only the
 * current (newest) version ever changes.
 */
public final class PerformanceGoal implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "performance-goal";

    public static final String TRANSITION_NOT_ALLOWED = "GOAL_TRANSITION_NOT_ALLOWED";
    static final int ACTOR_MAX_LENGTH = 100;
    public static final int NOTE_MAX_LENGTH = 2000;

    private final GoalId id;
    private final GoalKind kind;
    private final FiscalYear fiscalYear;
    private final UnitCode unitCode;
    private final ProjectCode projectCode;
    private UpperLevelGoalReference upperLevelGoal;
    private final List<GoalVersion> versions;
    private final RecordedEvents events = new RecordedEvents();

    private PerformanceGoal(GoalId id, GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode, ProjectCode projectCode,
                            UpperLevelGoalReference upperLevelGoal, List<GoalVersion> versions) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.projectCode = checkedProject(kind, projectCode);
        this.upperLevelGoal = checkedUpperLevelGoal(kind, upperLevelGoal);
        this.versions = new ArrayList<>(versions);
    }

    /**
     * A new goal whose version 1 is a draft with the given content.
     *
     * @param projectCode    required for PROJECT and TRANSFER_PAYMENT goals, null for DEPARTMENT_OVERALL
     * @param upperLevelGoal required for TRANSFER_PAYMENT goals, null otherwise
     * @param taxonomy       the level-1/level-2 indicators the content's indicators must hang under
     */
    public static PerformanceGoal create(GoalId id, GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode,
                                         ProjectCode projectCode, UpperLevelGoalReference upperLevelGoal,
                                         GoalContent content, IndicatorTaxonomy taxonomy, String actor, Instant at) {
        content.checkAgainst(taxonomy);
        GoalVersion first = GoalVersion.first(content, checkedActor(actor), Objects.requireNonNull(at, "at"));
        PerformanceGoal goal = new PerformanceGoal(id, kind, fiscalYear, unitCode, projectCode, upperLevelGoal, List.of(first));
        goal.events.record(new GoalDeclared(id, kind));
        return goal;
    }

    /**
     * Rebuilds a stored goal as it was saved. The versions must be numbered 1..n in order, and only the
     * last may be open; anything else means the stored data is broken.
     */
    public static PerformanceGoal restore(GoalId id, GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode,
                                          ProjectCode projectCode, UpperLevelGoalReference upperLevelGoal,
                                          List<GoalVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("goal " + id + " has no versions");
        }
        for (int i = 0; i < versions.size(); i++) {
            GoalVersion version = versions.get(i);
            if (version.getNumber() != i + 1) {
                throw new IllegalArgumentException("goal " + id + ": version " + version.getNumber() + " at position " + (i + 1));
            }
            if (i < versions.size() - 1 && !version.isApproved()) {
                throw new IllegalArgumentException("goal " + id + ": earlier version " + version.getNumber() + " is " + version.getStatus());
            }
        }
        return new PerformanceGoal(id, kind, fiscalYear, unitCode, projectCode, upperLevelGoal, versions);
    }

    // --- the unit ---------------------------------------------------------------------------------

    /** Replaces the current version's content. A returned version becomes a draft again. */
    public void editContent(GoalContent content, IndicatorTaxonomy taxonomy, String actor, Instant at) {
        Objects.requireNonNull(content, "content");
        requireAllowed(GoalAction.EDIT);
        content.checkAgainst(taxonomy);
        beginEdit(actor, at);
        current().replaceContent(content);
        recordStep(GoalAction.EDIT);
    }

    /** Corrects the upper-level goal a transfer-payment goal decomposes, while its current version is editable. */
    public void editUpperLevelGoal(UpperLevelGoalReference reference, String actor, Instant at) {
        UpperLevelGoalReference checked = checkedUpperLevelGoal(kind, reference);
        beginEdit(actor, at);
        this.upperLevelGoal = checked;
        recordStep(GoalAction.EDIT);
    }

    /** Takes a returned version up again as a draft, its content and the return reasons unchanged. */
    public void revise(String actor, Instant at) {
        transition(GoalAction.REVISE, GoalStatus.DRAFT, actor, at, null, null, List.of());
    }

    /** The quality findings of the current version's content, without changing anything. */
    public List<QualityFinding> checkQuality(GoalQualityChecks checks, QualityCheckContext context) {
        return checks.check(kind, current().getContent(), context);
    }

    /**
     * Submits the current draft for review (申报). Refused while the quality checks find errors.
     *
     * @return the warnings, which do not block submission but should be shown to the unit
     */
    public List<QualityFinding> submit(GoalQualityChecks checks, QualityCheckContext context, String actor, Instant at) {
        checkedActor(actor);
        requireAllowed(GoalAction.SUBMIT);
        List<QualityFinding> findings = checkQuality(checks, context);
        List<QualityFinding> errors = findings.stream().filter(QualityFinding::isError).toList();
        if (!errors.isEmpty()) {
            throw new GoalHasQualityErrorsException(errors);
        }
        transition(GoalAction.SUBMIT, GoalStatus.SUBMITTED, actor, at, null, null, List.of());
        return findings;
    }

    // --- the reviewers ----------------------------------------------------------------------------

    /** The supervising department accepts the submission. */
    public void passDepartmentReview(String note, String actor, Instant at) {
        transition(GoalAction.PASS_DEPARTMENT_REVIEW, GoalStatus.DEPT_REVIEWED, actor, at, null,
                Texts.optional("note", note, NOTE_MAX_LENGTH), List.of());
    }

    /**
     * Sends the current version back to the unit: by the department from SUBMITTED, or by finance from
     * DEPT_REVIEWED without grading it. At least one reason is required; reasons may name indicators.
     */
    public void returnForRevision(List<ReturnReason> reasons, String actor, Instant at) {
        requireAllowed(GoalAction.RETURN);
        transition(GoalAction.RETURN, GoalStatus.RETURNED, actor, at, null, null, checkedReasons(GoalAction.RETURN, reasons));
    }

    /**
     * The finance bureau's review with an audit grade: 优 passes; 良 passes with the recorded consultation
     * (refused without it); 中 returns the version with reasons; 差 rejects it for good, with reasons.
     *
     * @param consultationNote required for 良, kept for any grade when given
     * @param reasons          required for 中 and 差, ignored otherwise
     */
    public void reviewByFinance(AuditGrade grade, String consultationNote, List<ReturnReason> reasons,
                                String actor, Instant at) {
        Objects.requireNonNull(grade, "grade");
        requireAllowed(GoalAction.REVIEW_BY_FINANCE);
        String note = Texts.optional("consultationNote", consultationNote, NOTE_MAX_LENGTH);
        if (grade == AuditGrade.GOOD && note == null) {
            throw new RuleViolationException("GOAL_CONSULTATION_NOTE_REQUIRED", Map.of("grade", grade.name()));
        }
        List<ReturnReason> kept = grade.outcome() == GoalStatus.FINANCE_REVIEWED
                ? List.of() : checkedReasons(GoalAction.REVIEW_BY_FINANCE, reasons);
        transition(GoalAction.REVIEW_BY_FINANCE, grade.outcome(), actor, at, grade, note, kept);
    }

    /** Approves the reviewed version together with the budget (批复). */
    public void approve(String actor, Instant at) {
        transition(GoalAction.APPROVE, GoalStatus.APPROVED, actor, at, null, null, List.of());
    }

    /** Records that the approved version was disclosed (公开). */
    public void publish(String actor, Instant at) {
        transition(GoalAction.PUBLISH, GoalStatus.PUBLISHED, actor, at, null, null, List.of());
    }

    /**
     * Opens an adjustment (调整) of an approved goal: a new draft version with the current content, to be
     * reviewed and approved again. The approved version stays in force until the new one is approved.
     */
    public GoalVersion openAdjustment(String reason, String actor, Instant at) {
        String why = Texts.required("reason", reason, NOTE_MAX_LENGTH);
        String who = checkedActor(actor);
        Objects.requireNonNull(at, "at");
        requireAllowed(GoalAction.OPEN_ADJUSTMENT);
        GoalVersion next = current().adjustment(why, who, at);
        versions.add(next);
        recordStep(GoalAction.OPEN_ADJUSTMENT);
        return next;
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    // --- reading ----------------------------------------------------------------------------------

    /** The newest version, whatever its status. */
    public GoalVersion currentVersion() {
        return current();
    }

    /** The newest approved (or published) version: what monitoring and evaluation use. */
    public Optional<GoalVersion> latestApprovedVersion() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).isApproved()) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    public GoalVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new GoalNotFoundException(id, number);
        }
        return versions.get(number - 1);
    }

    /** What may be done next to this goal (the current version's allowed actions). */
    public List<GoalAction> allowedActions() {
        return current().getStatus().allowedActions();
    }

    public boolean hasApprovedVersion() {
        return latestApprovedVersion().isPresent();
    }

    public GoalId getId() {
        return id;
    }

    public GoalKind getKind() {
        return kind;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    /** The project, for PROJECT and TRANSFER_PAYMENT goals. */
    public Optional<ProjectCode> getProjectCode() {
        return Optional.ofNullable(projectCode);
    }

    /** The upper-level goal, for TRANSFER_PAYMENT goals. */
    public Optional<UpperLevelGoalReference> getUpperLevelGoal() {
        return Optional.ofNullable(upperLevelGoal);
    }

    /** All versions, oldest first. */
    public List<GoalVersion> getVersions() {
        return List.copyOf(versions);
    }

    /** The current version's status. */
    public GoalStatus getStatus() {
        return current().getStatus();
    }

    /** The current version's content. */
    public GoalContent getContent() {
        return current().getContent();
    }

    /** The current version as the audit trail records it: state, review outcome and the declared content. */
    @Override
    public AuditSnapshot auditSnapshot() {
        GoalVersion version = current();
        GoalContent content = version.getContent();
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Integer.toString(version.getNumber()));
        fields.put("status", version.getStatus().name());
        fields.put("auditGrade", version.getAuditGrade().map(Enum::name).orElse(null));
        fields.put("annualOverallGoal", content.annualOverallGoal());
        fields.put("longTermGoal", content.longTermGoal());
        fields.put("departmentDuties", content.departmentDuties());
        fields.put("upperLevelGoal", upperLevelGoal == null ? null : upperLevelGoal.toString());
        fields.put("indicators", content.indicators().stream().map(PerformanceGoal::describe).collect(Collectors.joining("; ")));
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    private static String describe(cn.gov.daxiang.perf.domain.indicator.Indicator i) {
        String target = i.isQuantitative()
                ? (i.comparator() == null ? "?" : i.comparator().symbol()) + (i.targetValue() == null ? "?" : i.targetValue().toPlainString())
                + (i.unitOfMeasure() == null ? "" : i.unitOfMeasure())
                : String.valueOf(i.targetText());
        return i.level2() + "/" + i.name() + " " + target + (i.weight() == null ? "" : " w" + i.weight().toPlainString());
    }

    // --- rules ------------------------------------------------------------------------------------

    private GoalVersion current() {
        return versions.get(versions.size() - 1);
    }

    private void requireAllowed(GoalAction action) {
        GoalStatus status = current().getStatus();
        if (!status.allows(action)) {
            throw new IllegalTransitionException(TRANSITION_NOT_ALLOWED, status, action, status.allowedActions());
        }
    }

    private void transition(GoalAction action, GoalStatus to, String actor, Instant at, AuditGrade grade, String note,
                            List<ReturnReason> reasons) {
        String who = checkedActor(actor);
        Objects.requireNonNull(at, "at");
        requireAllowed(action);
        GoalVersion version = current();
        version.record(action, to, who, at, grade, note, reasons);
        if (action == GoalAction.APPROVE) {
            events.record(new GoalApproved(id, kind, fiscalYear, unitCode, projectCode, version.getNumber(),
                    version.getAuditGrade().orElse(null), at, version.getContent()));
        } else {
            recordStep(action);
        }
    }

    private void recordStep(GoalAction step) {
        events.record(new GoalStepTaken(id, current().getNumber(), step));
    }

    /** Editing a returned version is revising it: it becomes a draft, and the step is recorded. */
    private void beginEdit(String actor, Instant at) {
        String who = checkedActor(actor);
        Objects.requireNonNull(at, "at");
        requireAllowed(GoalAction.EDIT);
        if (current().getStatus() == GoalStatus.RETURNED) {
            current().record(GoalAction.REVISE, GoalStatus.DRAFT, who, at, null, null, List.of());
        }
    }

    private List<ReturnReason> checkedReasons(GoalAction action, List<ReturnReason> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            throw new InvalidValueException("reasons", "GOAL_REVIEW_REASON_REQUIRED", Map.of("action", action.name()));
        }
        GoalContent content = current().getContent();
        for (ReturnReason reason : reasons) {
            reason.indicator().filter(i -> content.indicator(i).isEmpty()).ifPresent(unknown -> {
                throw new InvalidValueException("reasons", "GOAL_RETURN_REASON_INDICATOR_UNKNOWN",
                        Map.of("indicatorId", unknown.toString()));
            });
        }
        return List.copyOf(reasons);
    }

    private static String checkedActor(String actor) {
        return Texts.required("actor", actor, ACTOR_MAX_LENGTH);
    }

    private static ProjectCode checkedProject(GoalKind kind, ProjectCode projectCode) {
        if (kind.requiresProject() && projectCode == null) {
            throw new InvalidValueException("projectCode", "GOAL_PROJECT_REQUIRED", Map.of("kind", kind.name()));
        }
        if (!kind.requiresProject() && projectCode != null) {
            throw new InvalidValueException("projectCode", "GOAL_PROJECT_NOT_ALLOWED", Map.of("kind", kind.name()));
        }
        return projectCode;
    }

    private static UpperLevelGoalReference checkedUpperLevelGoal(GoalKind kind, UpperLevelGoalReference reference) {
        if (kind.requiresUpperLevelGoal() && reference == null) {
            throw new InvalidValueException("upperLevelGoal", "GOAL_UPPER_LEVEL_GOAL_REQUIRED", Map.of("kind", kind.name()));
        }
        if (!kind.requiresUpperLevelGoal() && reference != null) {
            throw new InvalidValueException("upperLevelGoal", "GOAL_UPPER_LEVEL_GOAL_NOT_ALLOWED", Map.of("kind", kind.name()));
        }
        return reference;
    }

    @Override
    public String toString() {
        return "PerformanceGoal[" + id + " " + kind + " " + fiscalYear + " v" + current().getNumber() + " " + getStatus() + "]";
    }
}
