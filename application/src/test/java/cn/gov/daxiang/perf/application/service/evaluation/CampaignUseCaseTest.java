package cn.gov.daxiang.perf.application.service.evaluation;

import cn.gov.daxiang.perf.application.port.in.campaign.AddCampaignTargetsCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.in.campaign.ExtendCampaignDeadlineCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.IssueCampaignCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;
import cn.gov.daxiang.perf.domain.campaign.CampaignDeadlineExtended;
import cn.gov.daxiang.perf.domain.campaign.CampaignIssued;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignProgress;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.DEPT_REVIEWER;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.FINANCE;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.KINDERGARTEN;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.OPERATOR;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.SECOND_KINDERGARTEN;
import static cn.gov.daxiang.perf.application.service.evaluation.EvaluationUseCases.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaigns on the in-memory fakes, without a container: finance issues a self-evaluation campaign to two units; each
 * unit's status, the counts and the money follow from the units' real evaluations on the day the clock says.
 */
class CampaignUseCaseTest {

    private static final Instant T0 = Instant.parse("2026-02-02T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

    private final EvaluationUseCases app = new EvaluationUseCases(T0);

    @Test
    void issuingIsAnEventAndACreationAuditedWithTheUnitsAndTheirMoney() {
        CampaignDetails issued = issue();

        assertThat(app.recorded.events()).containsExactly(new CampaignIssued(issued.campaign().getId(), issued.campaign().getScope()));
        AuditEvent audit = only(app.audit());
        assertThat(audit.kind()).isEqualTo(AuditKind.CREATE);
        assertThat(audit.changes()).contains(new FieldChange("units", null, "105002,105003"),
                new FieldChange("totalAmount", null, "3000000.00"), new FieldChange("deadline", null, "2026-03-31"));
    }

    @Test
    void progressCountsEachUnitByItsRealEvaluationsAndTheDeadline() {
        app.approvedGoal(KINDERGARTEN);
        app.approvedGoal(SECOND_KINDERGARTEN);
        CampaignDetails issued = issue();

        assertThat(coverage(issued).counts()).containsEntry(CampaignProgress.NOT_STARTED, 2);

        SelfEvaluationDetails draft = app.evaluations.openSelfEvaluation(OPERATOR, goalOf(KINDERGARTEN));
        CampaignCoverage started = coverage(find(issued));
        assertThat(started.statuses()).containsEntry(KINDERGARTEN, CampaignProgress.IN_PROGRESS)
                .containsEntry(SECOND_KINDERGARTEN, CampaignProgress.NOT_STARTED);

        app.clock.set(Instant.parse("2026-03-31T15:59:59Z"));   // the last second of the deadline day in the district
        assertThat(coverage(find(issued)).statuses()).containsEntry(SECOND_KINDERGARTEN, CampaignProgress.NOT_STARTED);
        app.clock.set(Instant.parse("2026-03-31T16:00:00Z"));
        CampaignCoverage late = coverage(find(issued));
        assertThat(late.statuses()).containsEntry(KINDERGARTEN, CampaignProgress.OVERDUE).containsEntry(SECOND_KINDERGARTEN, CampaignProgress.OVERDUE);
        assertThat(late.count(CampaignProgress.OVERDUE)).isEqualTo(2);
        assertThat(late.submittedUnits()).isZero();
        assertThat(draft.evaluation().getUnitCode()).isEqualTo(KINDERGARTEN);
    }

    @Test
    void extendingTheDeadlineIsOneUpdateAndTheUnitsAreNoLongerOverdue() {
        app.approvedGoal(SECOND_KINDERGARTEN);
        CampaignDetails issued = issue();
        app.clock.set(Instant.parse("2026-04-02T02:00:00Z"));
        assertThat(coverage(find(issued)).statuses()).containsEntry(SECOND_KINDERGARTEN, CampaignProgress.OVERDUE);
        app.forgetSoFar();

        CampaignDetails extended = app.campaigns.extendCampaignDeadline(FINANCE,
                new ExtendCampaignDeadlineCommand(issued.campaign().getId(), issued.revision(), LocalDate.of(2026, 4, 30)));

        assertThat(coverage(extended).statuses()).containsEntry(SECOND_KINDERGARTEN, CampaignProgress.NOT_STARTED);
        assertThat(app.recorded.events()).containsExactly(new CampaignDeadlineExtended(issued.campaign().getId(), LocalDate.of(2026, 4, 30)));
        AuditEvent audit = only(app.audit());
        assertThat(audit.kind()).isEqualTo(AuditKind.UPDATE);
        assertThat(audit.changes()).containsExactly(new FieldChange("deadline", "2026-03-31", "2026-04-30"));
    }

    @Test
    void onlyFinanceChangesACampaignForbiddenBeforeStaleAndAnUnknownUnitIsABadTarget() {
        CampaignDetails issued = issue();
        app.forgetSoFar();

        assertThatThrownBy(() -> app.campaigns.extendCampaignDeadline(DEPT_REVIEWER,
                new ExtendCampaignDeadlineCommand(issued.campaign().getId(), 999, LocalDate.of(2026, 4, 30))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> app.campaigns.extendCampaignDeadline(FINANCE,
                new ExtendCampaignDeadlineCommand(issued.campaign().getId(), 999, LocalDate.of(2026, 4, 30))))
                .isInstanceOf(StaleRevisionException.class);
        assertThatThrownBy(() -> app.campaigns.addCampaignTargets(FINANCE, new AddCampaignTargetsCommand(issued.campaign().getId(),
                issued.revision(), List.of(CampaignTarget.of(UnitCode.of("199001"), Money.of("1.00"))))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_UNITS_UNKNOWN"));
        assertThat(app.recorded.events()).isEmpty();
        assertThat(app.audit()).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------

    private CampaignDetails issue() {
        return app.campaigns.issueCampaign(FINANCE, new IssueCampaignCommand("2025年度部门整体绩效自评", CampaignKind.SELF_EVALUATION, YEAR,
                null, null, DEADLINE, List.of(CampaignTarget.of(KINDERGARTEN, Money.of("1000000.00")),
                CampaignTarget.of(SECOND_KINDERGARTEN, Money.of("2000000.00")))));
    }

    private CampaignDetails find(CampaignDetails issued) {
        var stored = app.progress.visible(FINANCE, issued.campaign().getId());
        return app.progress.details(FINANCE, stored.campaign(), stored.revision());
    }

    private cn.gov.daxiang.perf.domain.goal.GoalId goalOf(UnitCode unit) {
        return app.stores.goals.all().stream().filter(g -> g.getUnitCode().equals(unit)).findFirst().orElseThrow().getId();
    }

    private static CampaignCoverage coverage(CampaignDetails details) {
        return details.coverageIfRead().orElseThrow();
    }

    private static AuditEvent only(List<AuditEvent> audit) {
        assertThat(audit).hasSize(1);
        return audit.get(0);
    }
}
