package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkWarning;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.framework.IndicatorTree;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A key evaluation (重点评价) the finance bureau plans for a year and commissions to a third-party agency: PLANNED →
 * COMMISSIONED → FRAMEWORK_SET → FIELDWORK → REPORT_SUBMITTED → ACCEPTED, or RETURNED to the agency with reasons and
 * submitted again (each return a rework round). The evaluation keeps its own copy of the framework's indicators; the
 * agency scores the level-3 ones, each submission is totalled and graded with the scheme the catalog assigns to key
 * evaluations of the plan year, and acceptance freezes score and grade. Who may do what is
 * {@link KeyEvaluationAccessPolicy}'s business, not this class's.
 */
public final class KeyEvaluation implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "key-evaluation";
    /** At most this many findings, and this many suggestions, per evaluation. */
    public static final int MAX_FINDINGS = 100;
    /** At most this many reasons per return. */
    public static final int MAX_RETURN_REASONS = 20;

    private final KeyEvaluationId id;
    private final KeyEvaluationPlan plan;
    private final ActorId plannedBy;
    private final Instant plannedAt;
    private KeyEvaluationState state;
    private Commission commission;
    private AssignedFramework framework;
    private final Map<String, RecordedScore> scores = new LinkedHashMap<>();
    private List<Finding> findings = List.of();
    private List<Suggestion> suggestions = List.of();
    private final List<Submission> submissions = new ArrayList<>();
    private final List<ReturnForRework> returns = new ArrayList<>();
    private Acceptance acceptance;
    private final RecordedEvents events = new RecordedEvents();

    private KeyEvaluation(KeyEvaluationId id, KeyEvaluationPlan plan, ActorId plannedBy, Instant plannedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.plannedBy = Objects.requireNonNull(plannedBy, "plannedBy");
        this.plannedAt = Objects.requireNonNull(plannedAt, "plannedAt");
        this.state = KeyEvaluationState.PLANNED;
    }

    /** Plans an evaluation; the caller has checked the subject kind against the object's projects ({@link SubjectKindRule}). */
    public static KeyEvaluation plan(KeyEvaluationId id, KeyEvaluationPlan plan, ActorId plannedBy, Instant plannedAt) {
        KeyEvaluation evaluation = new KeyEvaluation(id, plan, plannedBy, plannedAt);
        evaluation.events.record(new KeyEvaluationPlanned(id, plan.fiscalYear(), plan.subjectKind()));
        return evaluation;
    }

    /** Everything as stored. */
    public static KeyEvaluation restore(KeyEvaluationId id, KeyEvaluationPlan plan, ActorId plannedBy, Instant plannedAt,
                                        KeyEvaluationState state, Commission commission, AssignedFramework framework,
                                        Collection<RecordedScore> scores, List<Finding> findings, List<Suggestion> suggestions,
                                        List<Submission> submissions, List<ReturnForRework> returns, Acceptance acceptance) {
        KeyEvaluation evaluation = new KeyEvaluation(id, plan, plannedBy, plannedAt);
        evaluation.state = Objects.requireNonNull(state, "state");
        evaluation.commission = commission;
        evaluation.framework = framework;
        scores.forEach(s -> evaluation.scores.put(s.indicatorCode(), s));
        evaluation.findings = List.copyOf(findings);
        evaluation.suggestions = List.copyOf(suggestions);
        evaluation.submissions.addAll(submissions);
        evaluation.returns.addAll(returns);
        evaluation.acceptance = acceptance;
        return evaluation;
    }

    /** Commissions an agency (委托); the caller has checked that it exists and is active. */
    public void commission(AgencyId agency, ActorId by, Instant at) {
        require(KeyEvaluationAction.COMMISSION);
        commission = new Commission(agency, by, at);
        state = KeyEvaluationState.COMMISSIONED;
        events.record(new KeyEvaluationCommissioned(id, agency));
    }

    /**
     * Copies a framework version into the evaluation, with the indicators as adjusted for it (the framework's own when
     * {@code adjusted} is null). Allowed until fieldwork starts; setting it again replaces the copy and clears nothing
     * else (no scores exist before fieldwork).
     *
     * @return the warnings of the copy (e.g. 产出 + 效益 below 60 points)
     */
    public List<FrameworkWarning> setFramework(EvaluationFramework chosen, IndicatorTree adjusted) {
        require(KeyEvaluationAction.SET_FRAMEWORK);
        if (chosen.getObjectKind() != plan.object().kind().frameworkKind()) {
            throw new RuleViolationException("FRAMEWORK_NOT_FOR_OBJECT", Map.of("frameworkCode", chosen.getCode().value(),
                    "frameworkObjectKind", chosen.getObjectKind().name(), "objectKind", plan.object().kind().name()));
        }
        IndicatorTree indicators = adjusted == null ? chosen.getIndicators() : adjusted;
        Set<String> groups = new HashSet<>(chosen.getResultGroups());
        groups.removeIf(g -> indicators.level1().stream().noneMatch(one -> one.code().equals(g)));
        framework = new AssignedFramework(chosen.getReference(), chosen.getName(), indicators, groups);
        state = KeyEvaluationState.FRAMEWORK_SET;
        events.record(new KeyEvaluationFrameworkSet(id, chosen.getReference()));
        return framework.warnings();
    }

    /** The agency goes on site (现场评价); indicators and points are fixed from now on. */
    public void startFieldwork() {
        require(KeyEvaluationAction.START_FIELDWORK);
        state = KeyEvaluationState.FIELDWORK;
        events.record(new KeyEvaluationFieldworkStarted(id));
    }

    /**
     * Records a score sheet: each line scores one level-3 indicator (0 ≤ score ≤ its points, two decimals) with a note,
     * which is required wherever points are deducted (扣分理由). All or nothing: a sheet with any bad line changes
     * nothing and every bad line is named. Lines replace earlier scores of the same indicators; others stay.
     */
    public void score(List<ScoreEntry> sheet) {
        require(KeyEvaluationAction.SCORE);
        if (sheet.isEmpty()) {
            throw new InvalidValueException("scores", "KEY_EVALUATION_SCORES_EMPTY", Map.of());
        }
        List<ScoreSheetProblem> problems = new ArrayList<>();
        List<RecordedScore> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sheet.size(); i++) {
            ScoreEntry entry = sheet.get(i);
            RecordedScore recorded = checked(i, entry, seen, problems);
            if (recorded != null) {
                accepted.add(recorded);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoreSheetRejectedException(problems);
        }
        accepted.forEach(s -> scores.put(s.indicatorCode(), s));
        events.record(new KeyEvaluationScored(id, accepted.size()));
    }

    private RecordedScore checked(int index, ScoreEntry entry, Set<String> seen, List<ScoreSheetProblem> problems) {
        String code = entry == null || entry.indicatorCode() == null ? null : entry.indicatorCode().strip();
        if (code == null || code.isEmpty()) {
            problems.add(new ScoreSheetProblem(index, null, "SCORE_INDICATOR_REQUIRED", Map.of()));
            return null;
        }
        Optional<IndicatorNode> indicator = framework.indicators().leaf(code);
        if (indicator.isEmpty()) {
            problems.add(new ScoreSheetProblem(index, code, "SCORE_INDICATOR_NOT_LEVEL3", Map.of("indicatorCode", code)));
            return null;
        }
        if (!seen.add(code)) {
            problems.add(new ScoreSheetProblem(index, code, "SCORE_INDICATOR_DUPLICATE", Map.of("indicatorCode", code)));
            return null;
        }
        BigDecimal points = indicator.get().points();
        BigDecimal value = entry.score();
        if (value == null) {
            problems.add(new ScoreSheetProblem(index, code, "SCORE_REQUIRED", Map.of("indicatorCode", code)));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new ScoreSheetProblem(index, code, "SCORE_TOO_PRECISE", Map.of("indicatorCode", code, "score", DecimalRule.shown(value))));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(points) > 0) {
            problems.add(new ScoreSheetProblem(index, code, "SCORE_NOT_WITHIN_POINTS",
                    Map.of("indicatorCode", code, "score", DecimalRule.shown(value), "points", points.toPlainString())));
            return null;
        }
        String note;
        try {
            note = Texts.optional("note", entry.note(), RecordedScore.NOTE_MAX_LENGTH);
        } catch (InvalidValueException e) {
            problems.add(new ScoreSheetProblem(index, code, e.code(), e.arguments()));
            return null;
        }
        if (note == null && value.compareTo(points) < 0) {
            problems.add(new ScoreSheetProblem(index, code, "SCORE_NOTE_REQUIRED",
                    Map.of("indicatorCode", code, "score", DecimalRule.shown(value), "points", points.toPlainString())));
            return null;
        }
        return new RecordedScore(code, Score.of(value), note);
    }

    /**
     * Replaces the findings (问题) and suggestions (建议). An indicator they name must be one of the evaluation's (any level).
     */
    public void recordFindings(List<Finding> newFindings, List<Suggestion> newSuggestions) {
        require(KeyEvaluationAction.RECORD_FINDINGS);
        if (newFindings.size() > MAX_FINDINGS || newSuggestions.size() > MAX_FINDINGS) {
            throw new InvalidValueException("findings", "FINDINGS_TOO_MANY",
                    Map.of("findings", newFindings.size(), "suggestions", newSuggestions.size(), "max", MAX_FINDINGS));
        }
        List<String> unknown = new ArrayList<>();
        newFindings.forEach(f -> f.indicator().filter(c -> !framework.indicators().contains(c)).ifPresent(unknown::add));
        newSuggestions.forEach(s -> s.indicator().filter(c -> !framework.indicators().contains(c)).ifPresent(unknown::add));
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("indicatorCode", "FINDING_INDICATOR_UNKNOWN", Map.of("codes", unknown));
        }
        findings = List.copyOf(newFindings);
        suggestions = List.copyOf(newSuggestions);
        events.record(new KeyEvaluationFindingsRecorded(id, findings.size(), suggestions.size()));
    }

    /**
     * Submits the report: every level-3 indicator must be scored; the total (Σ, two decimals HALF_UP) is graded by
     * {@code scheme} (the one the catalog assigns to key evaluations of the plan year) and recorded with the scheme.
     */
    public GradedScore submit(GradeScheme scheme, ActorId by, Instant at) {
        require(KeyEvaluationAction.SUBMIT);
        List<String> unscored = framework.indicators().leaves().stream().map(IndicatorNode::code).filter(c -> !scores.containsKey(c)).toList();
        if (!unscored.isEmpty()) {
            throw new RuleViolationException("KEY_EVALUATION_NOT_FULLY_SCORED", Map.of("count", unscored.size(), "indicatorCodes", unscored));
        }
        GradedScore result = scheme.graded(total());
        Submission submission = new Submission(submissions.size() + 1, at, by, result);
        submissions.add(submission);
        state = KeyEvaluationState.REPORT_SUBMITTED;
        events.record(new KeyEvaluationSubmitted(id, submission.round(), result));
        return result;
    }

    /** Returns the report for rework (退回) with at least one reason. */
    public void returnForRework(List<String> reasons, ActorId by, Instant at) {
        require(KeyEvaluationAction.RETURN);
        List<String> given = new ArrayList<>();
        for (int i = 0; i < (reasons == null ? 0 : reasons.size()); i++) {
            String reason = Texts.optional("reasons[" + i + "]", reasons.get(i), ReturnForRework.REASON_MAX_LENGTH);
            if (reason != null) {
                given.add(reason);
            }
        }
        if (given.isEmpty()) {
            throw new InvalidValueException("reasons", "RETURN_REASON_REQUIRED", Map.of());
        }
        if (given.size() > MAX_RETURN_REASONS) {
            throw new InvalidValueException("reasons", "RETURN_REASONS_TOO_MANY", Map.of("count", given.size(), "max", MAX_RETURN_REASONS));
        }
        ReturnForRework returned = new ReturnForRework(returns.size() + 1, at, by, given);
        returns.add(returned);
        state = KeyEvaluationState.RETURNED;
        events.record(new KeyEvaluationReturned(id, returned.round()));
    }

    /**
     * Accepts the report (验收): the last submission's score and grade are final. Proposed rectifications without a
     * deadline get {@code acceptedOn + rectificationDays}.
     */
    public void accept(ActorId by, Instant at, LocalDate acceptedOn, int rectificationDays) {
        require(KeyEvaluationAction.ACCEPT);
        if (rectificationDays < 1) {
            throw new IllegalArgumentException("rectification days must be positive: " + rectificationDays);
        }
        LocalDate defaultDeadline = acceptedOn.plusDays(rectificationDays);
        findings = findings.stream().map(f -> f.withDefaultDeadline(defaultDeadline)).toList();
        acceptance = new Acceptance(by, at, acceptedOn);
        state = KeyEvaluationState.ACCEPTED;
        events.record(new KeyEvaluationAccepted(id, lastSubmission().orElseThrow().result()));
    }

    /** Σ of the recorded level-3 scores, two decimals HALF_UP (exact for two-decimal scores). */
    public Score total() {
        BigDecimal sum = scores.values().stream().map(s -> s.score().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Score.roundedHalfUp(sum);
    }

    private void require(KeyEvaluationAction action) {
        if (!action.allowedIn(state)) {
            throw new IllegalTransitionException("KEY_EVALUATION_ACTION_NOT_ALLOWED", state, action, KeyEvaluationAction.allowedActions(state));
        }
    }

    /** Whether the agency is the one commissioned. */
    public boolean isCommissionedTo(AgencyId agency) {
        return commission != null && commission.agency().equals(agency);
    }

    public KeyEvaluationId getId() {
        return id;
    }

    public KeyEvaluationPlan getPlan() {
        return plan;
    }

    public String getTitle() {
        return plan.title();
    }

    public FiscalYear getFiscalYear() {
        return plan.fiscalYear();
    }

    public EvaluationObject getObject() {
        return plan.object();
    }

    public SubjectKind getSubjectKind() {
        return plan.subjectKind();
    }

    public EvaluationCategory getCategory() {
        return plan.subjectKind().category();
    }

    public LocalDate getDueDate() {
        return plan.dueDate();
    }

    public ActorId getPlannedBy() {
        return plannedBy;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public KeyEvaluationState getState() {
        return state;
    }

    public Optional<Commission> getCommission() {
        return Optional.ofNullable(commission);
    }

    public Optional<AgencyId> getAgency() {
        return getCommission().map(Commission::agency);
    }

    public Optional<AssignedFramework> getFramework() {
        return Optional.ofNullable(framework);
    }

    /** The recorded scores in the order they were first given. */
    public List<RecordedScore> getScores() {
        return List.copyOf(scores.values());
    }

    public Optional<RecordedScore> scoreOf(String indicatorCode) {
        return Optional.ofNullable(scores.get(indicatorCode));
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public List<Submission> getSubmissions() {
        return List.copyOf(submissions);
    }

    public Optional<Submission> lastSubmission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    public List<ReturnForRework> getReturns() {
        return List.copyOf(returns);
    }

    /** How many times the report was returned for rework. */
    public int reworkRounds() {
        return returns.size();
    }

    public Optional<Acceptance> getAcceptance() {
        return Optional.ofNullable(acceptance);
    }

    /** The score, grade and scheme of the last submission (final once accepted). */
    public Optional<GradedScore> getResult() {
        return lastSubmission().map(Submission::result);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", plan.title());
        fields.put("fiscalYear", plan.fiscalYear().toString());
        fields.put("objectKind", plan.object().kind().name());
        fields.put("object", describe(plan.object()));
        fields.put("subjectKind", plan.subjectKind().name());
        fields.put("dueDate", plan.dueDate().toString());
        fields.put("state", state.name());
        fields.put("agency", commission == null ? null : commission.agency().value());
        fields.put("framework", framework == null ? null : framework.source().toString());
        fields.put("points", framework == null ? null : framework.indicators().leaves().stream()
                .map(l -> l.code() + "=" + l.points().toPlainString()).reduce((a, b) -> a + "," + b).orElse(""));
        fields.put("scored", Integer.toString(scores.size()));
        fields.put("total", scores.isEmpty() ? null : total().toString());
        fields.put("grade", getResult().map(r -> r.grade().name()).orElse(null));
        fields.put("gradeScheme", getResult().map(r -> r.schemeId().value()).orElse(null));
        fields.put("findings", Integer.toString(findings.size()));
        fields.put("suggestions", Integer.toString(suggestions.size()));
        fields.put("returns", Integer.toString(returns.size()));
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    private static String describe(EvaluationObject object) {
        if (object instanceof EvaluationObject.OfDepartment department) {
            return department.department().value() + "@" + department.spendingYear();
        }
        if (object instanceof EvaluationObject.OfSpecialFund fund) {
            return fund.name() + ":" + String.join(",", fund.projects().stream().map(p -> p.value()).toList());
        }
        return ((EvaluationObject.OfProject) object).project().value();
    }

    @Override
    public String toString() {
        return "KeyEvaluation[" + id + " " + plan.title() + ", " + state + "]";
    }
}
