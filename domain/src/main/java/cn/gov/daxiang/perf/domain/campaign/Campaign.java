package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign (工作任务) the bureau issues to a set of units with a deadline, e.g. 《关于开展区直预算部门
 * 2023年度部门整体绩效自评工作的通知》 to 126 units covering 81,648.29万元. It tracks who has done the work;
 * the work itself lives in the monitoring reports and self-evaluations.
 */
public final class Campaign implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "campaign";

    public static final int TITLE_MAX_LENGTH = 200;

    private final CampaignId id;
    private final String title;
    private final CampaignScope scope;
    private final FiscalYear fiscalYear;
    private final Map<UnitCode, CampaignTarget> targets;
    private LocalDate deadline;
    private final ActorId issuedBy;
    private final RecordedEvents events = new RecordedEvents();

    private Campaign(CampaignId id, String title, CampaignScope scope, FiscalYear fiscalYear,
                     Collection<CampaignTarget> targets, LocalDate deadline, ActorId issuedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Texts.required("title", title, TITLE_MAX_LENGTH);
        this.scope = Objects.requireNonNull(scope, "scope");
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
        this.targets = new LinkedHashMap<>();
        addAll(targets);
        if (this.targets.isEmpty()) {
            throw new InvalidValueException("targets", "CAMPAIGN_WITHOUT_TARGETS", Map.of());
        }
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    }

    /**
     * Issues a campaign.
     *
     * @param scope      what the units are asked for
     * @param fiscalYear the year the work is about (2023 for the 2023 self-evaluation issued in 2024)
     * @param targets    the units addressed, each once, in the order lists should show them
     */
    public static Campaign issue(CampaignId id, String title, CampaignScope scope, FiscalYear fiscalYear,
                                 Collection<CampaignTarget> targets, LocalDate deadline, ActorId issuedBy) {
        return issued(new Campaign(id, title, scope, fiscalYear, targets, deadline, issuedBy));
    }

    /** Issues the reports of a monitoring round: the campaign's year is the round's. */
    public static Campaign issueForRound(CampaignId id, String title, MonitoringRound round,
                                         Collection<CampaignTarget> targets, LocalDate deadline, ActorId issuedBy) {
        return issued(new Campaign(id, title, CampaignScope.monitoring(round.getId()), round.getFiscalYear(), targets, deadline, issuedBy));
    }

    private static Campaign issued(Campaign campaign) {
        campaign.events.record(new CampaignIssued(campaign.id, campaign.scope));
        return campaign;
    }

    public static Campaign restore(CampaignId id, String title, CampaignScope scope, FiscalYear fiscalYear,
                                   Collection<CampaignTarget> targets, LocalDate deadline, ActorId issuedBy) {
        return new Campaign(id, title, scope, fiscalYear, targets, deadline, issuedBy);
    }

    /** Adds units later (查缺补漏: a unit that was missed); a unit already targeted is refused. */
    public void addTargets(Collection<CampaignTarget> more) {
        addAll(more);
        events.record(new CampaignTargetsAdded(id, more.stream().map(CampaignTarget::unitCode).toList()));
    }

    /** Gives the units more time; a deadline is never brought forward, units planned with it. */
    public void extendDeadline(LocalDate newDeadline) {
        if (!newDeadline.isAfter(deadline)) {
            throw new RuleViolationException("CAMPAIGN_DEADLINE_NOT_LATER",
                    Map.of("deadline", deadline.toString(), "newDeadline", newDeadline.toString()));
        }
        deadline = newDeadline;
        events.record(new CampaignDeadlineExtended(id, newDeadline));
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    /**
     * A unit's status on {@code today}: APPROVED when all its work is finally approved, else SUBMITTED
     * when all is submitted, else OVERDUE once the deadline has passed (the deadline day itself still
     * counts as in time), else IN_PROGRESS when it has begun, else NOT_STARTED.
     */
    public CampaignProgress progressOf(UnitWorkSummary work, LocalDate today) {
        target(work.unitCode());
        if (work.approved()) {
            return CampaignProgress.APPROVED;
        }
        if (work.submitted()) {
            return CampaignProgress.SUBMITTED;
        }
        if (today.isAfter(deadline)) {
            return CampaignProgress.OVERDUE;
        }
        return work.hasDraft() ? CampaignProgress.IN_PROGRESS : CampaignProgress.NOT_STARTED;
    }

    /**
     * Coverage on {@code today} from the units' summaries; a target unit without a summary has nothing
     * begun. A summary for a unit the campaign does not address is refused, as is a second one.
     */
    public CampaignCoverage coverage(Collection<UnitWorkSummary> work, LocalDate today) {
        Map<UnitCode, UnitWorkSummary> byUnit = new LinkedHashMap<>();
        for (UnitWorkSummary summary : work) {
            target(summary.unitCode());
            if (byUnit.put(summary.unitCode(), summary) != null) {
                throw new InvalidValueException("CAMPAIGN_SUMMARY_DUPLICATE", Map.of("unitCode", summary.unitCode().value()));
            }
        }
        Map<UnitCode, CampaignProgress> statuses = new LinkedHashMap<>();
        Map<UnitCode, Money> amounts = new LinkedHashMap<>();
        targets.forEach((unit, target) -> {
            statuses.put(unit, progressOf(byUnit.getOrDefault(unit, UnitWorkSummary.notStarted(unit)), today));
            amounts.put(unit, target.amount());
        });
        return new CampaignCoverage(statuses, amounts);
    }

    public boolean targets(UnitCode unitCode) {
        return targets.containsKey(unitCode);
    }

    public CampaignId getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public CampaignKind getKind() {
        return scope.kind();
    }

    public CampaignScope getScope() {
        return scope;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public List<CampaignTarget> getTargets() {
        return List.copyOf(targets.values());
    }

    /** The funds all target units cover together. */
    public Money getTotalAmount() {
        return targets.values().stream().map(CampaignTarget::amount).reduce(Money.ZERO, Money::plus);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public ActorId getIssuedBy() {
        return issuedBy;
    }

    /** What the audit trail records: the task, its deadline and the units addressed with their money. */
    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("kind", scope.kind().name());
        fields.put("fiscalYear", fiscalYear.toString());
        fields.put("roundId", scope.roundId() == null ? null : scope.roundId().toString());
        fields.put("evaluationKind", scope.evaluationKind() == null ? null : scope.evaluationKind().name());
        fields.put("deadline", deadline.toString());
        fields.put("targets", Integer.toString(targets.size()));
        fields.put("totalAmount", getTotalAmount().toString());
        fields.put("units", String.join(",", targets.keySet().stream().map(UnitCode::value).toList()));
        return new AuditSnapshot(AUDIT_TYPE, id.toString(), fields);
    }

    private void addAll(Collection<CampaignTarget> more) {
        Map<UnitCode, CampaignTarget> added = new LinkedHashMap<>(targets);
        for (CampaignTarget target : more) {
            if (added.put(target.unitCode(), target) != null) {
                throw new InvalidValueException("targets", "CAMPAIGN_TARGET_DUPLICATE", Map.of("unitCode", target.unitCode().value()));
            }
        }
        targets.clear();
        targets.putAll(added);
    }

    private CampaignTarget target(UnitCode unitCode) {
        CampaignTarget target = targets.get(unitCode);
        if (target == null) {
            throw new RuleViolationException("CAMPAIGN_UNIT_NOT_TARGETED",
                    Map.of("campaignId", id.toString(), "unitCode", unitCode.value()));
        }
        return target;
    }

    @Override
    public String toString() {
        return "Campaign[" + id + " " + title + ", " + targets.size() + " units]";
    }
}
