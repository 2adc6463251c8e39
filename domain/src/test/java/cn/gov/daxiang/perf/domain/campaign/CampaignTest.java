package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignTest {

    private static final LocalDate DEADLINE = LocalDate.of(2024, 10, 31);
    private static final UnitCode A = UnitCode.of("105001");
    private static final UnitCode B = UnitCode.of("106001");
    private static final UnitCode C = UnitCode.of("107001");

    private final Campaign campaign = Campaign.issue(CampaignId.of(UUID.randomUUID()), "2023年度部门整体绩效自评",
            CampaignScope.selfEvaluation(null), FiscalYear.of(2023),
            List.of(CampaignTarget.of(A, Money.of("600.00")), CampaignTarget.of(B, Money.of("300.00")), CampaignTarget.of(C, Money.of("100.00"))),
            DEADLINE, ActorId.of("finance-admin"));

    @ParameterizedTest(name = "draft={0} submitted={1} approved={2} on {3} → {4}")
    @CsvSource({
            "false, false, false, 2024-10-31, NOT_STARTED",
            "true,  false, false, 2024-10-31, IN_PROGRESS",   // the deadline day itself is in time
            "false, true,  false, 2024-10-31, SUBMITTED",
            "true,  true,  false, 2024-10-31, SUBMITTED",     // submitted wins over a leftover draft flag
            "false, true,  true,  2024-10-31, APPROVED",
            "false, false, false, 2024-11-01, OVERDUE",
            "true,  false, false, 2024-11-01, OVERDUE",
            "false, true,  false, 2024-11-01, SUBMITTED",     // submitted in time or late, it is not overdue
            "false, true,  true,  2024-11-01, APPROVED"})
    void aUnitsStatusFollowsItsWorkAndTheDeadline(boolean hasDraft, boolean submitted, boolean approved, LocalDate today,
                                                  CampaignProgress expected) {
        assertThat(campaign.progressOf(new UnitWorkSummary(A, hasDraft, submitted, approved), today)).isEqualTo(expected);
    }

    @Test
    void sharesByAmountAndByUnitsAreKeptApart() {
        CampaignCoverage coverage = campaign.coverage(List.of(UnitWorkSummary.approved(C), UnitWorkSummary.submitted(B)),
                LocalDate.of(2024, 10, 20));

        assertThat(coverage.statuses()).containsExactly(
                Map.entry(A, CampaignProgress.NOT_STARTED), Map.entry(B, CampaignProgress.SUBMITTED), Map.entry(C, CampaignProgress.APPROVED));
        assertThat(coverage.completedUnits()).isEqualTo(1);
        assertThat(coverage.completionShare()).isEqualTo(Percentage.of("33.33"));         // 1 of 3
        assertThat(coverage.completedAmount()).isEqualTo(Money.of("100.00"));
        assertThat(coverage.completedAmountShare()).contains(Percentage.of("10.00"));    // 100 of 1,000
        assertThat(coverage.submittedUnits()).isEqualTo(2);
        assertThat(coverage.submittedAmount()).isEqualTo(Money.of("400.00"));
        assertThat(coverage.submissionShare()).isEqualTo(Percentage.of("66.67"));
    }

    @Test
    void aCampaignCoveringNoMoneyHasNoAmountShare() {
        Campaign monitoring = Campaign.issue(CampaignId.of(UUID.randomUUID()), "2024年1–9月绩效运行监控", CampaignScope.monitoring(cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId.of(UUID.randomUUID())),
                FiscalYear.of(2024), List.of(CampaignTarget.of(A, Money.ZERO)), DEADLINE, ActorId.of("finance-admin"));

        assertThat(monitoring.coverage(List.of(), DEADLINE).completedAmountShare()).isEmpty();
    }

    @Test
    void aCampaignAddressesAtLeastOneUnitEachOnce() {
        assertThatThrownBy(() -> Campaign.issue(CampaignId.of(UUID.randomUUID()), "空", CampaignScope.selfEvaluation(null),
                FiscalYear.of(2023), List.of(), DEADLINE, ActorId.of("finance-admin")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_WITHOUT_TARGETS"));
        assertThatThrownBy(() -> campaign.addTargets(List.of(CampaignTarget.of(B, Money.of("1.00")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_TARGET_DUPLICATE"));
        assertThatThrownBy(() -> CampaignTarget.of(A, Money.of("-1.00")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_AMOUNT_NEGATIVE"));
    }

    @Test
    void aMissedUnitCanBeAddedLater() {
        UnitCode missed = UnitCode.of("120001");
        campaign.addTargets(List.of(CampaignTarget.of(missed, Money.of("50.00"))));

        assertThat(campaign.targets(missed)).isTrue();
        assertThat(campaign.getTotalAmount()).isEqualTo(Money.of("1050.00"));
        assertThat(campaign.coverage(List.of(), DEADLINE).totalUnits()).isEqualTo(4);
    }

    @Test
    void summariesOfUnitsOutsideTheCampaignOrTwiceForOneUnitAreRefused() {
        assertThatThrownBy(() -> campaign.coverage(List.of(UnitWorkSummary.approved(UnitCode.of("999001"))), DEADLINE))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_UNIT_NOT_TARGETED"));
        assertThatThrownBy(() -> campaign.coverage(List.of(UnitWorkSummary.approved(A), UnitWorkSummary.drafting(A)), DEADLINE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_SUMMARY_DUPLICATE"));
    }

    @Test
    void theDeadlineCanOnlyBeExtended() {
        campaign.extendDeadline(LocalDate.of(2024, 11, 15));

        assertThat(campaign.progressOf(UnitWorkSummary.drafting(A), LocalDate.of(2024, 11, 10))).isEqualTo(CampaignProgress.IN_PROGRESS);
        assertThatThrownBy(() -> campaign.extendDeadline(LocalDate.of(2024, 11, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("CAMPAIGN_DEADLINE_NOT_LATER"));
    }

    @Test
    void aRestoredCampaignEqualsTheIssuedOneInEverything() {
        Campaign restored = Campaign.restore(campaign.getId(), campaign.getTitle(), campaign.getScope(), campaign.getFiscalYear(),
                campaign.getTargets(), campaign.getDeadline(), campaign.getIssuedBy());

        assertThat(restored.getTargets()).isEqualTo(campaign.getTargets());
        assertThat(restored.getTotalAmount()).isEqualTo(Money.of("1000.00"));
        assertThat(restored.getIssuedBy()).isEqualTo(ActorId.of("finance-admin"));
    }
}
