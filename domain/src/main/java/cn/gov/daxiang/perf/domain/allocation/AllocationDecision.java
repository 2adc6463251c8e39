package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An allocation decision (结果应用决定) for a budget year about one evaluated project or one unit's overall spending:
 * the evaluation it rests on (type, id, score, grade, scheme), the policy version, the treatment and adjustment, the
 * base money and the adjusted amount (base × (1 + adjustment)). The service proposes it; finance confirms it, or
 * overrides it with a reason (a different treatment or adjustment). A confirmed decision is never edited: overriding it
 * creates a successor, confirmed at once, and marks it SUPERSEDED pointing to the successor; both are kept.
 */
public final class AllocationDecision implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "allocation-decision";
    public static final int REASON_MAX_LENGTH = 1000;

    /**
     * Everything a decision records.
     *
     * @param overrideReason null unless finance overrode the proposal
     * @param supersedes     the confirmed decision this one replaced, or null
     * @param supersededBy   the decision that replaced this one, or null
     */
    public record Record(AllocationDecisionId id, FiscalYear budgetYear, AllocationObject object, EvaluationType evaluationType,
                         String evaluationId, GradedScore result, FiscalYear evaluatedYear, int policyVersion,
                         Treatment proposedTreatment, Adjustment proposedAdjustment, Treatment treatment, Adjustment adjustment,
                         Money base, AllocationDecisionState state, String overrideReason, ActorId proposedBy, Instant proposedAt,
                         ActorId decidedBy, Instant decidedAt, AllocationDecisionId supersedes, AllocationDecisionId supersededBy) {

        public Record {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(budgetYear, "budgetYear");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(evaluationType, "evaluationType");
            Objects.requireNonNull(evaluationId, "evaluationId");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(evaluatedYear, "evaluatedYear");
            Objects.requireNonNull(proposedTreatment, "proposedTreatment");
            Objects.requireNonNull(proposedAdjustment, "proposedAdjustment");
            Objects.requireNonNull(treatment, "treatment");
            Objects.requireNonNull(adjustment, "adjustment");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(proposedBy, "proposedBy");
            Objects.requireNonNull(proposedAt, "proposedAt");
        }
    }

    private Record record;
    private final RecordedEvents events = new RecordedEvents();

    private AllocationDecision(Record record) {
        this.record = Objects.requireNonNull(record, "record");
    }

    /**
     * Proposes the decision the policy gives for the result that counts.
     *
     * @throws RuleViolationException ALLOCATION_POLICY_DOES_NOT_COVER when the policy has no rule for the result
     */
    public static AllocationDecision propose(AllocationDecisionId id, FiscalYear budgetYear, EvaluationResult counting,
                                             AllocationPolicy policy, ActorId by, Instant at) {
        AllocationRule rule = policy.ruleFor(counting.type(), counting.result()).orElseThrow(() -> new RuleViolationException(
                "ALLOCATION_POLICY_DOES_NOT_COVER", Map.of("evaluationType", counting.type().name(),
                "grade", counting.result().grade().name(), "policyVersion", policy.getVersion())));
        AllocationDecision decision = new AllocationDecision(new Record(id, budgetYear, counting.object(), counting.type(),
                counting.evaluationId(), counting.result(), counting.year(), policy.getVersion(), rule.treatment(), rule.adjustment(),
                rule.treatment(), rule.adjustment(), counting.base(), AllocationDecisionState.PROPOSED, null, by, at, null, null, null, null));
        decision.events.record(new AllocationDecisionProposed(id, budgetYear, rule.treatment()));
        return decision;
    }

    public static AllocationDecision restore(Record record) {
        return new AllocationDecision(record);
    }

    /** Finance confirms the proposal as it stands. */
    public void confirm(ActorId by, Instant at) {
        requireState(AllocationDecisionAction.CONFIRM);
        record = with(record.treatment(), record.adjustment(), AllocationDecisionState.CONFIRMED, null, by, at, record.supersedes(), null);
        events.record(confirmed(false));
    }

    /**
     * Finance overrides a PROPOSED decision: another treatment or adjustment, with a reason; the decision is confirmed
     * as overridden. A CONFIRMED one is not changed: use {@link #supersede}.
     *
     * @throws RuleViolationException ALLOCATION_OVERRIDE_REASON_REQUIRED without a reason,
     *                                ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT for e.g. a cut with 重点支持
     */
    public void override(Treatment treatment, Adjustment adjustment, String reason, ActorId by, Instant at) {
        if (record.state() != AllocationDecisionState.PROPOSED) {
            throw transition(AllocationDecisionAction.OVERRIDE);
        }
        String why = checkedOverride(treatment, adjustment, reason);
        record = with(treatment, adjustment, AllocationDecisionState.CONFIRMED, why, by, at, record.supersedes(), null);
        events.record(confirmed(true));
    }

    /**
     * Replaces this CONFIRMED decision with a new one, confirmed at once with the given treatment, adjustment and
     * reason, resting on the same evaluation and base; this one becomes SUPERSEDED and points to it.
     */
    public AllocationDecision supersede(AllocationDecisionId successorId, Treatment treatment, Adjustment adjustment, String reason,
                                        ActorId by, Instant at) {
        if (record.state() != AllocationDecisionState.CONFIRMED) {
            throw transition(AllocationDecisionAction.OVERRIDE);
        }
        String why = checkedOverride(treatment, adjustment, reason);
        Record r = record;
        AllocationDecision successor = new AllocationDecision(new Record(successorId, r.budgetYear(), r.object(), r.evaluationType(),
                r.evaluationId(), r.result(), r.evaluatedYear(), r.policyVersion(), r.proposedTreatment(), r.proposedAdjustment(),
                treatment, adjustment, r.base(), AllocationDecisionState.CONFIRMED, why, by, at, by, at, r.id(), null));
        successor.events.record(successor.confirmed(true));
        record = new Record(r.id(), r.budgetYear(), r.object(), r.evaluationType(), r.evaluationId(), r.result(), r.evaluatedYear(),
                r.policyVersion(), r.proposedTreatment(), r.proposedAdjustment(), r.treatment(), r.adjustment(), r.base(),
                AllocationDecisionState.SUPERSEDED, r.overrideReason(), r.proposedBy(), r.proposedAt(), r.decidedBy(), r.decidedAt(),
                r.supersedes(), successorId);
        events.record(new AllocationDecisionSuperseded(r.id(), successorId));
        return successor;
    }

    private static String checkedOverride(Treatment treatment, Adjustment adjustment, String reason) {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(adjustment, "adjustment");
        String why = Texts.optional("reason", reason, REASON_MAX_LENGTH);
        if (why == null) {
            throw new RuleViolationException("ALLOCATION_OVERRIDE_REASON_REQUIRED", Map.of("field", "reason"));
        }
        if (!treatment.allows(adjustment)) {
            throw new RuleViolationException("ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT", AllocationRule.arguments(treatment, adjustment));
        }
        return why;
    }

    private void requireState(AllocationDecisionAction action) {
        if (record.state() != AllocationDecisionState.PROPOSED) {
            throw transition(action);
        }
    }

    private IllegalTransitionException transition(AllocationDecisionAction action) {
        return new IllegalTransitionException("ALLOCATION_DECISION_TRANSITION_NOT_ALLOWED", record.state(), action, getAllowedActions());
    }

    /** PROPOSED: confirm or override; CONFIRMED: override (which supersedes it); SUPERSEDED: nothing. */
    public List<AllocationDecisionAction> getAllowedActions() {
        return switch (record.state()) {
            case PROPOSED -> List.of(AllocationDecisionAction.CONFIRM, AllocationDecisionAction.OVERRIDE);
            case CONFIRMED -> List.of(AllocationDecisionAction.OVERRIDE);
            case SUPERSEDED -> List.of();
        };
    }

    private Record with(Treatment treatment, Adjustment adjustment, AllocationDecisionState state, String reason, ActorId by, Instant at,
                        AllocationDecisionId supersedes, AllocationDecisionId supersededBy) {
        Record r = record;
        return new Record(r.id(), r.budgetYear(), r.object(), r.evaluationType(), r.evaluationId(), r.result(), r.evaluatedYear(),
                r.policyVersion(), r.proposedTreatment(), r.proposedAdjustment(), treatment, adjustment, r.base(), state, reason,
                r.proposedBy(), r.proposedAt(), by, at, supersedes, supersededBy);
    }

    private AllocationDecisionConfirmed confirmed(boolean overridden) {
        Record r = record;
        return new AllocationDecisionConfirmed(r.id(), r.budgetYear(), r.object(), r.evaluationType(), r.evaluationId(), r.result(),
                r.policyVersion(), r.treatment(), r.adjustment(), r.base(), getAdjustedAmount(), overridden, r.overrideReason(),
                r.supersedes(), r.decidedAt());
    }

    public Record getRecord() {
        return record;
    }

    public AllocationDecisionId getId() {
        return record.id();
    }

    public FiscalYear getBudgetYear() {
        return record.budgetYear();
    }

    public AllocationObject getObject() {
        return record.object();
    }

    public AllocationDecisionState getState() {
        return record.state();
    }

    public Treatment getTreatment() {
        return record.treatment();
    }

    public Adjustment getAdjustment() {
        return record.adjustment();
    }

    public Money getBase() {
        return record.base();
    }

    /** base × (1 + adjustment), computed, never stored. */
    public Money getAdjustedAmount() {
        return record.adjustment().applyTo(record.base());
    }

    public boolean isOverridden() {
        return record.overrideReason() != null;
    }

    /** PROPOSED or CONFIRMED: the one decision about its object and year that is not replaced. */
    public boolean isActive() {
        return record.state() != AllocationDecisionState.SUPERSEDED;
    }

    public Optional<AllocationDecisionId> getSupersededBy() {
        return Optional.ofNullable(record.supersededBy());
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Record r = record;
        Map<String, String> fields = new HashMap<>();
        fields.put("budgetYear", r.budgetYear().toString());
        fields.put("object", r.object().key());
        fields.put("unitCode", r.object().unitCode().value());
        fields.put("evaluation", r.evaluationType().name() + " " + r.evaluationId());
        fields.put("score", r.result().score().toString());
        fields.put("grade", r.result().grade().name());
        fields.put("gradeScheme", r.result().schemeId().value());
        fields.put("policyVersion", Integer.toString(r.policyVersion()));
        fields.put("treatment", r.treatment().name());
        fields.put("adjustmentPercent", r.adjustment().percent().toPlainString());
        fields.put("base", r.base().toString());
        fields.put("adjustedAmount", getAdjustedAmount().toString());
        fields.put("state", r.state().name());
        fields.put("overrideReason", r.overrideReason());
        fields.put("supersedes", r.supersedes() == null ? null : r.supersedes().toString());
        fields.put("supersededBy", r.supersededBy() == null ? null : r.supersededBy().toString());
        return new AuditSnapshot(AUDIT_TYPE, r.id().toString(), fields);
    }

    static Map<String, Object> describe(AllocationDecision decision) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("decisionId", decision.getId().toString());
        arguments.put("treatment", decision.getTreatment().name());
        arguments.put("adjustedAmount", decision.getAdjustedAmount().toString());
        return arguments;
    }
}
