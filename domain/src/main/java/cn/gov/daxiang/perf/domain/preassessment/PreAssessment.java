package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An ex-ante performance assessment (事前绩效评估) of one project: a new project, or an expiring one proposed to
 * continue. The unit drafts it with the amount it asks for and submits it; finance takes it up, possibly commissioning
 * a third-party agency, has the five criteria scored (each with a comment) and concludes: SUPPORT (the assessed amount
 * is the amount requested), SUPPORT_AFTER_ADJUSTMENT (an assessed amount below it) or NOT_SUPPORTED (none). The
 * assessed amount caps the project's budget arrangement (预算安排额度一律不超过绩效评估确定的额度). A concluded
 * assessment is final; a later one of the same project supersedes it.
 */
public final class PreAssessment implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "pre-assessment";
    public static final int SUMMARY_MAX_LENGTH = 2000;
    public static final int REASON_MAX_LENGTH = 1000;
    public static final int OPINION_MAX_LENGTH = 2000;

    private final PreAssessmentId id;
    private final ProjectCode projectCode;
    private final UnitCode unitCode;
    private final FiscalYear fiscalYear;
    private AssessmentPurpose purpose;
    private Money requestedAmount;
    private String summary;
    private final int criteriaVersion;
    private final List<AssessmentCriterion> criteria;
    private final Map<String, CriterionScore> scores;
    private PreAssessmentState state;
    private AgencyId agency;
    private String returnReason;
    private int returnCount;
    private AssessmentConclusion conclusion;
    private Money assessedAmount;
    private String opinion;
    private ActorId concludedBy;
    private Instant concludedAt;
    private final ActorId draftedBy;
    private final Instant draftedAt;
    private final RecordedEvents events = new RecordedEvents();

    /** Everything an assessment holds, for {@link #restore}. */
    public record Stored(PreAssessmentId id, ProjectCode projectCode, UnitCode unitCode, FiscalYear fiscalYear,
                         AssessmentPurpose purpose, Money requestedAmount, String summary, int criteriaVersion,
                         List<AssessmentCriterion> criteria, List<CriterionScore> scores, PreAssessmentState state,
                         AgencyId agency, String returnReason, int returnCount, AssessmentConclusion conclusion,
                         Money assessedAmount, String opinion, ActorId concludedBy, Instant concludedAt,
                         ActorId draftedBy, Instant draftedAt) {
    }

    private PreAssessment(Stored s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.projectCode = Objects.requireNonNull(s.projectCode(), "projectCode");
        this.unitCode = Objects.requireNonNull(s.unitCode(), "unitCode");
        this.fiscalYear = Objects.requireNonNull(s.fiscalYear(), "fiscalYear");
        this.purpose = Objects.requireNonNull(s.purpose(), "purpose");
        this.requestedAmount = requirePositive("requestedAmount", s.requestedAmount());
        this.summary = Texts.optional("summary", s.summary(), SUMMARY_MAX_LENGTH);
        this.criteriaVersion = s.criteriaVersion();
        this.criteria = List.copyOf(s.criteria());
        this.scores = new LinkedHashMap<>();
        for (CriterionScore score : s.scores()) {
            scores.put(score.code(), score);
        }
        this.state = Objects.requireNonNull(s.state(), "state");
        this.agency = s.agency();
        this.returnReason = s.returnReason();
        this.returnCount = s.returnCount();
        this.conclusion = s.conclusion();
        this.assessedAmount = s.assessedAmount();
        this.opinion = s.opinion();
        this.concludedBy = s.concludedBy();
        this.concludedAt = s.concludedAt();
        this.draftedBy = Objects.requireNonNull(s.draftedBy(), "draftedBy");
        this.draftedAt = Objects.requireNonNull(s.draftedAt(), "draftedAt");
    }

    /**
     * The unit drafts an assessment of its project; the criteria are those of {@code criteria}, the set in force.
     *
     * @param requestedAmount the amount the unit asks for (申请金额), more than 0
     */
    public static PreAssessment draft(PreAssessmentId id, Project project, AssessmentPurpose purpose, Money requestedAmount,
                                      String summary, AssessmentCriteriaSet criteria, ActorId draftedBy, Instant draftedAt) {
        if (purpose == null) {
            throw new InvalidValueException("purpose", "REQUEST_FIELD_REQUIRED", Map.of("field", "purpose"));
        }
        PreAssessment assessment = new PreAssessment(new Stored(id, project.getCode(), project.getUnitCode(), project.getFiscalYear(),
                purpose, requestedAmount, summary, criteria.getVersion(), criteria.getCriteria(), List.of(), PreAssessmentState.DRAFT,
                null, null, 0, null, null, null, null, null, draftedBy, draftedAt));
        assessment.events.record(new PreAssessmentDrafted(id, project.getCode(), purpose));
        return assessment;
    }

    public static PreAssessment restore(Stored stored) {
        return new PreAssessment(stored);
    }

    /** The unit changes its draft (or a returned assessment): what it asks for and why. */
    public void edit(AssessmentPurpose newPurpose, Money newRequestedAmount, String newSummary) {
        require(PreAssessmentAction.EDIT);
        if (newPurpose == null) {
            throw new InvalidValueException("purpose", "REQUEST_FIELD_REQUIRED", Map.of("field", "purpose"));
        }
        Money amount = requirePositive("requestedAmount", newRequestedAmount);
        String text = Texts.optional("summary", newSummary, SUMMARY_MAX_LENGTH);
        if (newPurpose != purpose || !amount.equals(requestedAmount) || !Objects.equals(text, summary)) {
            purpose = newPurpose;
            requestedAmount = amount;
            summary = text;
            events.record(new PreAssessmentEdited(id));
        }
    }

    /** The unit hands the assessment to finance (again, after a return). */
    public void submit() {
        require(PreAssessmentAction.SUBMIT);
        state = PreAssessmentState.SUBMITTED;
        events.record(new PreAssessmentSubmitted(id));
    }

    /** Finance takes the assessment up, itself ({@code commissioned} null) or commissioning an agency. */
    public void takeUp(AgencyId commissioned) {
        require(PreAssessmentAction.TAKE_UP);
        state = PreAssessmentState.UNDER_REVIEW;
        agency = commissioned;
        events.record(new PreAssessmentTakenUp(id, commissioned));
    }

    /**
     * Scores criteria, each 0 to its maximum with a comment; criteria not named keep their scores. A score for a
     * criterion the assessment does not have, a criterion named twice or points out of range refuse the whole call.
     */
    public void score(Collection<CriterionScore> given) {
        require(PreAssessmentAction.SCORE);
        if (given.isEmpty()) {
            throw new InvalidValueException("scores", "PRE_ASSESSMENT_SCORES_EMPTY", Map.of());
        }
        Map<String, CriterionScore> checked = new LinkedHashMap<>();
        int index = 0;
        for (CriterionScore score : given) {
            String field = "scores[" + index++ + "]";
            AssessmentCriterion criterion = criterion(score.code()).orElseThrow(() -> new InvalidValueException(field + ".code",
                    "PRE_ASSESSMENT_CRITERION_UNKNOWN", Map.of("code", score.code(), "criteriaVersion", criteriaVersion)));
            if (score.points().signum() < 0 || score.points().compareTo(criterion.maxPoints()) > 0) {
                throw new InvalidValueException(field + ".points", "PRE_ASSESSMENT_POINTS_OUT_OF_RANGE", Map.of(
                        "code", criterion.code(), "points", score.points().toPlainString(), "max", criterion.maxPoints().toPlainString()));
            }
            if (checked.put(score.code(), score) != null) {
                throw new InvalidValueException(field + ".code", "PRE_ASSESSMENT_CRITERION_DUPLICATE", Map.of("code", score.code()));
            }
        }
        scores.putAll(checked);
        events.record(new PreAssessmentScored(id, List.copyOf(checked.keySet())));
    }

    /** Finance returns the assessment to the unit with its reasons (退回); the unit edits and submits it again. */
    public void returnToUnit(String reason) {
        require(PreAssessmentAction.RETURN);
        String text = Texts.required("reason", reason, REASON_MAX_LENGTH);
        state = PreAssessmentState.RETURNED;
        returnReason = text;
        returnCount++;
        events.record(new PreAssessmentReturned(id, text));
    }

    /**
     * Concludes the assessment: every criterion scored and an opinion are needed.
     * <ul>
     *   <li>SUPPORT: the assessed amount is the amount requested; one given must equal it (a lower one is an adjustment);</li>
     *   <li>SUPPORT_AFTER_ADJUSTMENT: an assessed amount more than 0 and strictly below the amount requested;</li>
     *   <li>NOT_SUPPORTED: no assessed amount.</li>
     * </ul>
     */
    public void conclude(AssessmentConclusion decided, Money amount, String opinionText, ActorId by, Instant at) {
        require(PreAssessmentAction.CONCLUDE);
        if (decided == null) {
            throw new InvalidValueException("conclusion", "REQUEST_FIELD_REQUIRED", Map.of("field", "conclusion"));
        }
        String text = Texts.required("opinion", opinionText, OPINION_MAX_LENGTH);
        List<String> unscored = criteria.stream().map(AssessmentCriterion::code).filter(c -> !scores.containsKey(c)).toList();
        if (!unscored.isEmpty()) {
            throw new RuleViolationException("PRE_ASSESSMENT_CRITERIA_NOT_SCORED", Map.of("assessmentId", id.toString(), "criteria", unscored));
        }
        Money assessed = switch (decided) {
            case SUPPORT -> {
                if (amount != null && !amount.equals(requestedAmount)) {
                    throw new RuleViolationException("PRE_ASSESSMENT_SUPPORT_AMOUNT_NOT_REQUESTED", Map.of(
                            "requestedAmount", requestedAmount.toString(), "assessedAmount", amount.toString()));
                }
                yield requestedAmount;
            }
            case SUPPORT_AFTER_ADJUSTMENT -> {
                if (amount == null) {
                    throw new RuleViolationException("PRE_ASSESSMENT_ADJUSTED_AMOUNT_REQUIRED", Map.of("requestedAmount", requestedAmount.toString()));
                }
                requirePositive("assessedAmount", amount);
                if (!requestedAmount.isGreaterThan(amount)) {
                    throw new RuleViolationException("PRE_ASSESSMENT_ADJUSTED_AMOUNT_NOT_BELOW_REQUESTED", Map.of(
                            "requestedAmount", requestedAmount.toString(), "assessedAmount", amount.toString()));
                }
                yield amount;
            }
            case NOT_SUPPORTED -> {
                if (amount != null) {
                    throw new RuleViolationException("PRE_ASSESSMENT_AMOUNT_NOT_ALLOWED", Map.of("assessedAmount", amount.toString()));
                }
                yield null;
            }
        };
        state = PreAssessmentState.CONCLUDED;
        conclusion = decided;
        assessedAmount = assessed;
        opinion = text;
        concludedBy = Objects.requireNonNull(by, "by");
        concludedAt = Objects.requireNonNull(at, "at");
        events.record(new PreAssessmentConcluded(id, projectCode, decided, assessed));
    }

    /** The total of the criteria scored so far (Σ points, two decimals, HALF_UP), on the hundred-point scale. */
    public Score total() {
        BigDecimal sum = scores.values().stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Score.roundedHalfUp(sum);
    }

    /** Whether every criterion has a score. */
    public boolean isFullyScored() {
        return criteria.stream().allMatch(c -> scores.containsKey(c.code()));
    }

    /** Concluded SUPPORT or SUPPORT_AFTER_ADJUSTMENT: a budget may be arranged up to the assessed amount. */
    public boolean supports() {
        return state == PreAssessmentState.CONCLUDED && conclusion.supports();
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public List<PreAssessmentAction> allowedActions() {
        return PreAssessmentAction.allowedIn(state);
    }

    private void require(PreAssessmentAction action) {
        List<PreAssessmentAction> allowed = PreAssessmentAction.allowedIn(state);
        if (!allowed.contains(action)) {
            throw new IllegalTransitionException("PRE_ASSESSMENT_ILLEGAL_TRANSITION", state, action, allowed);
        }
    }

    private static Money requirePositive(String field, Money amount) {
        if (amount == null) {
            throw new InvalidValueException(field, "REQUEST_FIELD_REQUIRED", Map.of("field", field));
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException(field, "PRE_ASSESSMENT_AMOUNT_NOT_POSITIVE", Map.of("field", field, "amount", amount.toString()));
        }
        return amount;
    }

    private Optional<AssessmentCriterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public PreAssessmentId getId() {
        return id;
    }

    public ProjectCode getProjectCode() {
        return projectCode;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public AssessmentPurpose getPurpose() {
        return purpose;
    }

    public Money getRequestedAmount() {
        return requestedAmount;
    }

    public Optional<String> getSummary() {
        return Optional.ofNullable(summary);
    }

    public int getCriteriaVersion() {
        return criteriaVersion;
    }

    public List<AssessmentCriterion> getCriteria() {
        return criteria;
    }

    /** The scores given, in the criteria's order. */
    public List<CriterionScore> getScores() {
        List<CriterionScore> ordered = new ArrayList<>();
        for (AssessmentCriterion c : criteria) {
            Optional.ofNullable(scores.get(c.code())).ifPresent(ordered::add);
        }
        return ordered;
    }

    public Optional<CriterionScore> getScore(String code) {
        return Optional.ofNullable(scores.get(code));
    }

    public PreAssessmentState getState() {
        return state;
    }

    /** The agency commissioned, if finance commissioned one. */
    public Optional<AgencyId> getAgency() {
        return Optional.ofNullable(agency);
    }

    public Optional<String> getReturnReason() {
        return Optional.ofNullable(returnReason);
    }

    public int getReturnCount() {
        return returnCount;
    }

    public Optional<AssessmentConclusion> getConclusion() {
        return Optional.ofNullable(conclusion);
    }

    /** The assessed amount (评估确定的额度): the cap of the budget arrangement; absent unless concluded in support. */
    public Optional<Money> getAssessedAmount() {
        return Optional.ofNullable(assessedAmount);
    }

    public Optional<String> getOpinion() {
        return Optional.ofNullable(opinion);
    }

    public Optional<ActorId> getConcludedBy() {
        return Optional.ofNullable(concludedBy);
    }

    public Optional<Instant> getConcludedAt() {
        return Optional.ofNullable(concludedAt);
    }

    public ActorId getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("projectCode", projectCode.value());
        fields.put("unitCode", unitCode.value());
        fields.put("fiscalYear", fiscalYear.toString());
        fields.put("purpose", purpose.name());
        fields.put("requestedAmount", requestedAmount.toString());
        fields.put("summary", summary);
        fields.put("criteriaVersion", Integer.toString(criteriaVersion));
        fields.put("state", state.name());
        fields.put("agencyId", agency == null ? null : agency.value());
        fields.put("returnReason", returnReason);
        fields.put("scores", getScores().stream().map(s -> s.code() + "=" + s.points().toPlainString()).collect(Collectors.joining(",")));
        fields.put("total", total().toString());
        fields.put("conclusion", conclusion == null ? null : conclusion.name());
        fields.put("assessedAmount", assessedAmount == null ? null : assessedAmount.toString());
        fields.put("opinion", opinion);
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    @Override
    public String toString() {
        return "PreAssessment[" + id + " " + projectCode + " " + state + "]";
    }
}
