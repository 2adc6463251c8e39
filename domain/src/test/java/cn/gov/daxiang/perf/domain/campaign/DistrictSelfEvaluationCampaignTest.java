package cn.gov.daxiang.perf.domain.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's 2023 部门整体 self-evaluation: 126 units, 81,648.29万元 = 816,482,900.00 元 (SEED §8.2).
 * The money is spread evenly to the fen: 816,482,900.00 / 126 = 6,480,023.0158…, so every unit gets
 * 6,480,023.01 and the 74 fen left over (126 × 6,480,023.01 = 816,482,899.26) go one each to units
 * 1–74 (6,480,023.02). A first n units then cover, by hand:
 * 30 → 30 × 6,480,023.02 = 194,400,690.60; 40 → 259,200,920.80;
 * 90 → 74 × 6,480,023.02 + 16 × 6,480,023.01 = 479,521,703.48 + 103,680,368.16 = 583,202,071.64;
 * 100 → 479,521,703.48 + 26 × 6,480,023.01 = 479,521,703.48 + 168,480,598.26 = 648,002,301.74.
 */
class DistrictSelfEvaluationCampaignTest {

    private static final Money LARGER = Money.of("6480023.02");
    private static final Money SMALLER = Money.of("6480023.01");
    private static final LocalDate DEADLINE = LocalDate.of(2024, 10, 31);

    private static UnitCode unit(int i) {
        return UnitCode.of(String.format("%06d", 100000 + i));
    }

    private static Campaign campaign() {
        List<CampaignTarget> targets = new ArrayList<>();
        for (int i = 1; i <= 126; i++) {
            targets.add(CampaignTarget.of(unit(i), i <= 74 ? LARGER : SMALLER));
        }
        return Campaign.issue(CampaignId.of(UUID.randomUUID()), "关于开展区直预算部门2023年度部门整体绩效自评工作的通知",
                CampaignScope.selfEvaluation(null), FiscalYear.of(2023), targets, DEADLINE, ActorId.of("finance-admin"));
    }

    /** Units [from, to] in the given state. */
    private static void put(List<UnitWorkSummary> work, int from, int to, String state) {
        for (int i = from; i <= to; i++) {
            work.add(switch (state) {
                case "draft" -> UnitWorkSummary.drafting(unit(i));
                case "submitted" -> UnitWorkSummary.submitted(unit(i));
                case "approved" -> UnitWorkSummary.approved(unit(i));
                default -> throw new IllegalArgumentException(state);
            });
        }
    }

    @Test
    void theMoneySpreadOverTheUnitsAddsUpExactly() {
        assertThat(campaign().getTotalAmount()).isEqualTo(Money.of("816482900.00"));
        assertThat(campaign().getTargets()).hasSize(126);
    }

    @Test
    void coverageCountsAndAmountsFollowTheUnitsAsTheySubmitAndGetApproved() {
        Campaign campaign = campaign();

        // 15 October: units 1–40 submitted, 41–100 drafting, 101–126 not begun
        List<UnitWorkSummary> work = new ArrayList<>();
        put(work, 1, 40, "submitted");
        put(work, 41, 100, "draft");
        CampaignCoverage oct15 = campaign.coverage(work, LocalDate.of(2024, 10, 15));
        assertThat(oct15.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CampaignProgress.NOT_STARTED, 26, CampaignProgress.IN_PROGRESS, 60, CampaignProgress.SUBMITTED, 40,
                CampaignProgress.APPROVED, 0, CampaignProgress.OVERDUE, 0));
        assertThat(oct15.submittedAmount()).isEqualTo(Money.of("259200920.80"));
        assertThat(oct15.completedUnits()).isZero();
        assertThat(oct15.completedAmount()).isEqualTo(Money.ZERO);
        assertThat(oct15.completionShare()).isEqualTo(Percentage.of("0.00"));
        assertThat(oct15.submissionShare()).isEqualTo(Percentage.of("31.75"));          // 40/126 = 31.746…

        // 31 October, the deadline: 1–30 approved, 31–90 submitted, 91–110 drafting, 111–126 not begun (not yet overdue)
        work.clear();
        put(work, 1, 30, "approved");
        put(work, 31, 90, "submitted");
        put(work, 91, 110, "draft");
        CampaignCoverage oct31 = campaign.coverage(work, DEADLINE);
        assertThat(oct31.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CampaignProgress.NOT_STARTED, 16, CampaignProgress.IN_PROGRESS, 20, CampaignProgress.SUBMITTED, 60,
                CampaignProgress.APPROVED, 30, CampaignProgress.OVERDUE, 0));
        assertThat(oct31.completedUnits()).isEqualTo(30);
        assertThat(oct31.completedAmount()).isEqualTo(Money.of("194400690.60"));
        assertThat(oct31.completionShare()).isEqualTo(Percentage.of("23.81"));          // 30/126 = 23.809…
        assertThat(oct31.completedAmountShare()).contains(Percentage.of("23.81"));
        assertThat(oct31.submittedUnits()).isEqualTo(90);
        assertThat(oct31.submittedAmount()).isEqualTo(Money.of("583202071.64"));

        // 1 November: 1–100 approved, 101–120 submitted; 121–124 still drafting and 125–126 not begun are overdue
        work.clear();
        put(work, 1, 100, "approved");
        put(work, 101, 120, "submitted");
        put(work, 121, 124, "draft");
        CampaignCoverage nov1 = campaign.coverage(work, DEADLINE.plusDays(1));
        assertThat(nov1.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CampaignProgress.NOT_STARTED, 0, CampaignProgress.IN_PROGRESS, 0, CampaignProgress.SUBMITTED, 20,
                CampaignProgress.APPROVED, 100, CampaignProgress.OVERDUE, 6));
        assertThat(nov1.completedAmount()).isEqualTo(Money.of("648002301.74"));
        assertThat(nov1.completionShare()).isEqualTo(Percentage.of("79.37"));           // 100/126 = 79.365…
        assertThat(nov1.statuses().get(unit(125))).isEqualTo(CampaignProgress.OVERDUE);

        // all 126 approved: full coverage of 81,648.29万元
        work.clear();
        put(work, 1, 126, "approved");
        CampaignCoverage done = campaign.coverage(work, LocalDate.of(2024, 11, 30));
        assertThat(done.completedUnits()).isEqualTo(126);
        assertThat(done.completedAmount()).isEqualTo(Money.of("816482900.00"));
        assertThat(done.completionShare()).isEqualTo(Percentage.HUNDRED);
        assertThat(done.completedAmountShare()).contains(Percentage.HUNDRED);
        assertThat(done.count(CampaignProgress.OVERDUE)).isZero();
    }
}
