package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The budget arrangement (预算安排) finance proposes for a project in the coming budget year (the project's fiscal
 * year), with every revision kept. A NEW or CONTINUATION project's arrangement needs a concluded assessment that
 * supports it, and may never exceed its assessed amount (预算安排额度一律不超过绩效评估确定的额度); the latest
 * concluded assessment is the one that counts.
 */
public final class BudgetArrangement implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "budget-arrangement";
    public static final int REASON_MAX_LENGTH = 500;

    public static final String ASSESSMENT_MISSING = "ARRANGEMENT_ASSESSMENT_MISSING";
    public static final String ASSESSMENT_NOT_CONCLUDED = "ARRANGEMENT_ASSESSMENT_NOT_CONCLUDED";
    public static final String ASSESSMENT_NOT_SUPPORTED = "ARRANGEMENT_ASSESSMENT_NOT_SUPPORTED";
    public static final String EXCEEDS_ASSESSED_AMOUNT = "ARRANGEMENT_EXCEEDS_ASSESSED_AMOUNT";

    private final ProjectCode projectCode;
    private final UnitCode unitCode;
    private final FiscalYear budgetYear;
    private final ProjectCategory category;
    private final List<ArrangementRevision> revisions;
    private final RecordedEvents events = new RecordedEvents();

    private BudgetArrangement(ProjectCode projectCode, UnitCode unitCode, FiscalYear budgetYear, ProjectCategory category,
                              List<ArrangementRevision> revisions) {
        this.projectCode = Objects.requireNonNull(projectCode, "projectCode");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.budgetYear = Objects.requireNonNull(budgetYear, "budgetYear");
        this.category = Objects.requireNonNull(category, "category");
        this.revisions = new ArrayList<>(revisions);
        if (this.revisions.isEmpty()) {
            throw new IllegalArgumentException("an arrangement has at least one revision");
        }
    }

    /** Finance arranges a budget for the project for the first time. */
    public static BudgetArrangement arrange(Project project, ArrangementProposal proposal, AssessmentStanding standing,
                                            ActorId by, Instant at) {
        BudgetClassification classification = proposal.classification() == null
                ? BudgetClassification.defaultFor(project.getCategory()) : proposal.classification();
        ArrangementRevision first = checked(1, project.getCode(), project.getCategory(), proposal.amount(), classification,
                proposal.classificationReason(), standing, by, at);
        BudgetArrangement arrangement = new BudgetArrangement(project.getCode(), project.getUnitCode(), project.getFiscalYear(),
                project.getCategory(), List.of(first));
        arrangement.events.record(new BudgetArrangementSet(project.getCode(), classification, first.amount()));
        return arrangement;
    }

    public static BudgetArrangement restore(ProjectCode projectCode, UnitCode unitCode, FiscalYear budgetYear, ProjectCategory category,
                                            List<ArrangementRevision> revisions) {
        return new BudgetArrangement(projectCode, unitCode, budgetYear, category, revisions);
    }

    /**
     * Finance revises the arrangement; the classification is kept unless the proposal names one. The same amount,
     * classification and reason again change nothing (no revision, no event).
     */
    public void revise(ArrangementProposal proposal, AssessmentStanding standing, ActorId by, Instant at) {
        ArrangementRevision current = current();
        BudgetClassification classification = proposal.classification() == null ? current.classification() : proposal.classification();
        String reason = proposal.classification() == null && proposal.classificationReason() == null
                ? current.classificationReason() : proposal.classificationReason();
        ArrangementRevision next = checked(current.number() + 1, projectCode, category, proposal.amount(), classification, reason,
                standing, by, at);
        if (next.amount().equals(current.amount()) && next.classification() == current.classification()
                && Objects.equals(next.classificationReason(), current.classificationReason())
                && Objects.equals(next.assessmentId(), current.assessmentId())) {
            return;
        }
        revisions.add(next);
        events.record(new BudgetArrangementRevised(projectCode, next.number(), classification, next.amount()));
    }

    /**
     * The rule, on its own: refuses an amount that is not more than 0, an ONGOING specific-purpose project without a
     * reason, and for NEW or CONTINUATION a project without a concluded supporting assessment or above its assessed
     * amount. Gives the revision it would record.
     */
    private static ArrangementRevision checked(int number, ProjectCode projectCode, ProjectCategory category, Money amount,
                                               BudgetClassification classification, String reasonText, AssessmentStanding standing,
                                               ActorId by, Instant at) {
        if (amount == null) {
            throw new InvalidValueException("amount", "REQUEST_FIELD_REQUIRED", Map.of("field", "amount"));
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("amount", "ARRANGEMENT_AMOUNT_NOT_POSITIVE", Map.of("amount", amount.toString()));
        }
        String reason = Texts.optional("classificationReason", reasonText, REASON_MAX_LENGTH);
        if (classification == BudgetClassification.ONGOING && category == ProjectCategory.SPECIFIC_PURPOSE && reason == null) {
            throw new RuleViolationException("ARRANGEMENT_ONGOING_REASON_REQUIRED", Map.of("projectCode", projectCode.value()));
        }
        if (!classification.needsAssessment()) {
            return new ArrangementRevision(number, amount, classification, reason, null, null, by, at);
        }
        AssessmentStanding.Concluded cap = requireSupportingAssessment(projectCode, classification, amount, standing);
        return new ArrangementRevision(number, amount, classification, reason, cap.id(), cap.assessedAmount(), by, at);
    }

    /**
     * The cap a NEW or CONTINUATION project's arrangement of {@code amount} must keep within: the latest concluded
     * assessment, when it supports the project and its assessed amount is at least {@code amount}.
     *
     * @throws RuleViolationException ARRANGEMENT_ASSESSMENT_MISSING (none at all), ARRANGEMENT_ASSESSMENT_NOT_CONCLUDED
     *                                (only one in progress), ARRANGEMENT_ASSESSMENT_NOT_SUPPORTED (the latest concluded
     *                                one says 不予支持), ARRANGEMENT_EXCEEDS_ASSESSED_AMOUNT (above the cap)
     */
    public static AssessmentStanding.Concluded requireSupportingAssessment(ProjectCode projectCode, BudgetClassification classification,
                                                                          Money amount, AssessmentStanding standing) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("projectCode", projectCode.value());
        arguments.put("classification", classification.name());
        arguments.put("arrangedAmount", amount.toString());
        AssessmentStanding.Concluded concluded = standing.latestConcluded();
        if (concluded == null) {
            if (standing.open() != null) {
                arguments.put("assessmentId", standing.open().id().toString());
                arguments.put("state", standing.open().state().name());
                throw new RuleViolationException(ASSESSMENT_NOT_CONCLUDED, arguments);
            }
            throw new RuleViolationException(ASSESSMENT_MISSING, arguments);
        }
        arguments.put("assessmentId", concluded.id().toString());
        if (!concluded.supports()) {
            arguments.put("conclusion", concluded.conclusion().name());
            throw new RuleViolationException(ASSESSMENT_NOT_SUPPORTED, arguments);
        }
        if (amount.isGreaterThan(concluded.assessedAmount())) {
            arguments.put("assessedAmount", concluded.assessedAmount().toString());
            arguments.put("excess", amount.minus(concluded.assessedAmount()).toString());
            throw new RuleViolationException(EXCEEDS_ASSESSED_AMOUNT, arguments);
        }
        return concluded;
    }

    public ArrangementRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    public ProjectCode getProjectCode() {
        return projectCode;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    /** The budget year the arrangement is for: the project's fiscal year. */
    public FiscalYear getBudgetYear() {
        return budgetYear;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public Money getAmount() {
        return current().amount();
    }

    public BudgetClassification getClassification() {
        return current().classification();
    }

    /** Every setting, oldest first. */
    public List<ArrangementRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        ArrangementRevision current = current();
        Map<String, String> fields = new HashMap<>();
        fields.put("unitCode", unitCode.value());
        fields.put("budgetYear", budgetYear.toString());
        fields.put("revision", Integer.toString(current.number()));
        fields.put("amount", current.amount().toString());
        fields.put("classification", current.classification().name());
        fields.put("classificationReason", current.classificationReason());
        fields.put("assessmentId", current.assessmentId() == null ? null : current.assessmentId().toString());
        fields.put("assessedAmount", current.assessedAmount() == null ? null : current.assessedAmount().toString());
        return new AuditSnapshot(AUDIT_TYPE, projectCode.value(), fields);
    }
}
