package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationFixtures;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementProposal;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.FINANCE;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.T1;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.T2;
import static org.assertj.core.api.Assertions.assertThat;

class AllocationDecisionCheckTest {

    /** The 2025 project continuing the evaluated 2023 renovation (AllocationFixtures.RENOVATION_2023). */
    private static final Project NEXT = Project.of(ProjectCode.of("43050325T000000000021"), "2025年度城镇老旧小区改造项目",
            AllocationFixtures.UNIT, FiscalYear.of(2025), ProjectCategory.SPECIFIC_PURPOSE, List.of(),
            ProjectFunds.of(Money.of("2000000.00"), Money.ZERO, Money.ZERO));

    private static AllocationDecision confirmed(Grade grade) {
        AllocationDecision decision = AllocationFixtures.proposed(grade);
        decision.confirm(FINANCE, T2);
        return decision;
    }

    private static BudgetArrangement arranged(String amount) {
        return BudgetArrangement.arrange(NEXT, new ArrangementProposal(Money.of(amount), BudgetClassification.ONGOING, "续建"),
                AssessmentStanding.of(List.of()), FINANCE, T1);
    }

    private static ReadinessCheckResult check(ProjectReadinessFacts facts) {
        return new AllocationDecisionCheck().check(facts);
    }

    @Test
    void without_a_confirmed_decision_the_check_passes_and_says_so() {
        ReadinessCheckResult none = check(ProjectReadinessFacts.about(NEXT));
        assertThat(none.passed()).isTrue();
        assertThat(none.reason()).isEqualTo(AllocationDecisionCheck.NO_CONFIRMED_DECISION);
        ReadinessCheckResult onlyProposed = check(ProjectReadinessFacts.about(NEXT).withAllocationDecisions(List.of(AllocationFixtures.proposed(Grade.POOR))));
        assertThat(onlyProposed.reason()).isEqualTo(AllocationDecisionCheck.NO_CONFIRMED_DECISION);
    }

    @Test
    void a_cancelled_arrangement_blocks() {
        ReadinessCheckResult r = check(ProjectReadinessFacts.about(NEXT).withAllocationDecisions(List.of(confirmed(Grade.POOR))));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).isEqualTo(AllocationDecisionCheck.CANCELLED);
        assertThat(r.arguments()).containsEntry("evaluatedProjectCode", AllocationFixtures.RENOVATION_2023.value());
    }

    @Test
    void a_reduction_caps_the_arrangement_at_the_adjusted_amount_naming_both_figures() {
        List<AllocationDecision> decisions = List.of(confirmed(Grade.MEDIUM));
        ReadinessCheckResult above = check(ProjectReadinessFacts.about(NEXT).withArrangement(arranged("900000.01")).withAllocationDecisions(decisions));
        assertThat(above.passed()).isFalse();
        assertThat(above.reason()).isEqualTo(AllocationDecisionCheck.EXCEEDS_CAP);
        assertThat(above.arguments()).containsEntry("arrangedAmount", "900000.01").containsEntry("adjustedAmount", "900000.00");
        ReadinessCheckResult at = check(ProjectReadinessFacts.about(NEXT).withArrangement(arranged("900000.00")).withAllocationDecisions(decisions));
        assertThat(at.passed()).isTrue();
        assertThat(at.reason()).isEqualTo(AllocationDecisionCheck.WITHIN_CAP);
        assertThat(check(ProjectReadinessFacts.about(NEXT).withAllocationDecisions(decisions)).reason())
                .isEqualTo(AllocationDecisionCheck.REDUCED_NOT_ARRANGED);
    }

    @Test
    void support_passes_and_the_successor_of_a_superseded_decision_is_the_one_that_counts() {
        AllocationDecision cancelled = confirmed(Grade.POOR);
        AllocationDecision successor = cancelled.supersede(AllocationDecisionId.newId(), Treatment.PRIORITY, Adjustment.NONE, "复核", FINANCE, T2);
        ReadinessCheckResult r = check(ProjectReadinessFacts.about(NEXT).withAllocationDecisions(List.of(cancelled, successor)));
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).isEqualTo(AllocationDecisionCheck.SUPPORTED);
        assertThat(r.arguments()).containsEntry("decisionId", successor.getId().toString());
    }

    @Test
    void a_decision_of_another_budget_year_does_not_apply() {
        AllocationDecision decision = AllocationDecision.propose(AllocationDecisionId.newId(), FiscalYear.of(2026),
                AllocationFixtures.result(cn.gov.daxiang.perf.domain.grade.EvaluationType.KEY_EVALUATION, "40.00", Grade.POOR, T1),
                AllocationPolicy.standard(), FINANCE, T1);
        decision.confirm(FINANCE, T2);
        assertThat(check(ProjectReadinessFacts.about(NEXT).withAllocationDecisions(List.of(decision))).passed()).isTrue();
    }

    @Test
    void the_standard_readiness_runs_the_allocation_check() {
        assertThat(ProjectReadiness.standard().checkCodes()).contains(AllocationDecisionCheck.CODE);
    }
}
