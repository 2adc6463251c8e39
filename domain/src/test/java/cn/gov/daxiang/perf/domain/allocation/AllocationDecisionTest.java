package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.BUDGET_YEAR;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.FINANCE;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.T1;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.T2;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.proposed;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationDecisionTest {

    @Test
    void a_proposal_names_the_evaluation_its_result_the_policy_version_and_the_money() {
        EvaluationResult counting = result(EvaluationType.KEY_EVALUATION, "72.50", Grade.WEAK, T1);
        AllocationDecision decision = AllocationDecision.propose(AllocationDecisionId.newId(), BUDGET_YEAR, counting,
                AllocationPolicy.standard(), FINANCE, T1);
        AllocationDecision.Record r = decision.getRecord();
        assertThat(r.state()).isEqualTo(AllocationDecisionState.PROPOSED);
        assertThat(r.evaluationType()).isEqualTo(EvaluationType.KEY_EVALUATION);
        assertThat(r.evaluationId()).isEqualTo(counting.evaluationId());
        assertThat(r.result()).isEqualTo(counting.result());
        assertThat(r.policyVersion()).isEqualTo(1);
        assertThat(decision.getTreatment()).isEqualTo(Treatment.REDUCE_OR_MERGE);
        assertThat(decision.getBase()).isEqualTo(Money.of("1000000.00"));
        assertThat(decision.getAdjustedAmount()).isEqualTo(Money.of("900000.00"));
        assertThat(decision.pullEvents()).hasSize(1).first().isInstanceOf(AllocationDecisionProposed.class);
    }

    @Test
    void confirming_fixes_the_proposal_and_reports_it() {
        AllocationDecision decision = proposed(Grade.GOOD);
        decision.pullEvents();
        decision.confirm(FINANCE, T2);
        assertThat(decision.getState()).isEqualTo(AllocationDecisionState.CONFIRMED);
        assertThat(decision.isOverridden()).isFalse();
        assertThat(decision.pullEvents()).singleElement().isInstanceOfSatisfying(AllocationDecisionConfirmed.class, e -> {
            assertThat(e.treatment()).isEqualTo(Treatment.PRIORITY);
            assertThat(e.overridden()).isFalse();
            assertThat(e.confirmedAt()).isEqualTo(T2);
        });
        assertThatThrownBy(() -> decision.confirm(FINANCE, T2)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void an_override_without_a_reason_is_refused_and_changes_nothing() {
        AllocationDecision decision = proposed(Grade.MEDIUM);
        assertThatThrownBy(() -> decision.override(Treatment.PRIORITY, Adjustment.NONE, "  ", FINANCE, T2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ALLOCATION_OVERRIDE_REASON_REQUIRED"));
        assertThat(decision.getState()).isEqualTo(AllocationDecisionState.PROPOSED);
        assertThat(decision.getTreatment()).isEqualTo(Treatment.REDUCE_OR_MERGE);
    }

    @Test
    void an_override_contradicting_its_treatment_is_refused() {
        AllocationDecision decision = proposed(Grade.MEDIUM);
        assertThatThrownBy(() -> decision.override(Treatment.KEY_SUPPORT, Adjustment.of("-5"), "reason", FINANCE, T2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT"));
    }

    @Test
    void overriding_a_proposal_confirms_it_with_the_reason_and_the_proposal_kept_beside() {
        AllocationDecision decision = proposed(Grade.MEDIUM);
        decision.pullEvents();
        decision.override(Treatment.REDUCE_OR_MERGE, Adjustment.of("-20"), "整合至同类项目", FINANCE, T2);
        assertThat(decision.getState()).isEqualTo(AllocationDecisionState.CONFIRMED);
        assertThat(decision.getRecord().overrideReason()).isEqualTo("整合至同类项目");
        assertThat(decision.getRecord().proposedAdjustment()).isEqualTo(Adjustment.of("-10"));
        assertThat(decision.getAdjustedAmount()).isEqualTo(Money.of("800000.00"));
        assertThat(decision.pullEvents()).singleElement().isInstanceOfSatisfying(AllocationDecisionConfirmed.class,
                e -> assertThat(e.overridden()).isTrue());
    }

    @Test
    void a_confirmed_decision_is_never_edited_an_override_supersedes_it_and_both_are_kept() {
        AllocationDecision first = proposed(Grade.POOR);
        first.confirm(FINANCE, T1);
        first.pullEvents();
        assertThatThrownBy(() -> first.override(Treatment.PRIORITY, Adjustment.NONE, "r", FINANCE, T2))
                .isInstanceOf(IllegalTransitionException.class);

        AllocationDecisionId successorId = AllocationDecisionId.newId();
        AllocationDecision successor = first.supersede(successorId, Treatment.REDUCE_OR_MERGE, Adjustment.of("-30"), "复核后改为减少", FINANCE, T2);

        assertThat(first.getState()).isEqualTo(AllocationDecisionState.SUPERSEDED);
        assertThat(first.getSupersededBy()).contains(successorId);
        assertThat(first.getTreatment()).isEqualTo(Treatment.CANCEL);
        assertThat(first.pullEvents()).containsExactly(new AllocationDecisionSuperseded(first.getId(), successorId));
        assertThat(successor.getState()).isEqualTo(AllocationDecisionState.CONFIRMED);
        assertThat(successor.getRecord().supersedes()).isEqualTo(first.getId());
        assertThat(successor.getRecord().evaluationId()).isEqualTo(first.getRecord().evaluationId());
        assertThat(successor.getAdjustedAmount()).isEqualTo(Money.of("700000.00"));
        assertThat(successor.pullEvents()).singleElement().isInstanceOfSatisfying(AllocationDecisionConfirmed.class, e -> {
            assertThat(e.supersedes()).isEqualTo(first.getId());
            assertThat(e.action()).as("the successor's creation is audited as one").isEqualTo("create");
        });
        assertThat(first.getAllowedActions()).isEmpty();
        assertThatThrownBy(() -> first.supersede(AllocationDecisionId.newId(), Treatment.PRIORITY, Adjustment.NONE, "again", FINANCE, T2))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_proposal_is_not_superseded_it_is_overridden() {
        AllocationDecision decision = proposed(Grade.GOOD);
        assertThatThrownBy(() -> decision.supersede(AllocationDecisionId.newId(), Treatment.PRIORITY, Adjustment.NONE, "r", FINANCE, T2))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
