package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.AllocationObject;
import cn.gov.daxiang.perf.domain.allocation.AllocationPolicy;
import cn.gov.daxiang.perf.domain.allocation.EvaluationResult;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.SISTER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AllocationDecisionRepository} does: a decision read back as written, every field; lists filtered
 * by budget year, treatment, unit, state and the caller's units; one active decision per object and budget year; the
 * revision check; a superseded decision and its successor both kept.
 */
public abstract class AllocationDecisionRepositoryContract {

    protected abstract AllocationDecisionRepository decisions();

    protected void stored() {
    }

    private static final FiscalYear BUDGET_YEAR = FiscalYear.of(2025);
    private static final ActorId FINANCE = ActorId.of("finance-reviewer");
    private static final Instant T1 = Instant.parse("2024-11-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-11-02T00:00:00Z");

    private static AllocationDecision proposed(UnitCode unit, int project, Grade grade, String score, FiscalYear budgetYear) {
        AllocationObject object = project == 0 ? AllocationObject.department(unit, "单位 " + unit.value())
                : AllocationObject.project(unit, ContractFixtures.projectCode(project), "2023年项目 " + project);
        EvaluationResult result = new EvaluationResult(EvaluationType.KEY_EVALUATION, "ke-" + project + "-" + unit.value(), object,
                new GradedScore(Score.of(score), grade, GradeSchemeId.of("district-2024")), FiscalYear.of(2024), T1, Money.of("1234567.89"));
        return AllocationDecision.propose(AllocationDecisionId.newId(), budgetYear, result, AllocationPolicy.standard(), FINANCE, T1);
    }

    @Test
    void aDecisionIsReadBackAsWrittenEveryField() {
        AllocationDecision decision = proposed(UNIT, 1, Grade.MEDIUM, "72.35", BUDGET_YEAR);
        long revision = decisions().add(decision);
        stored();
        AllocationDecisionRepository.Stored read = decisions().findById(decision.getId()).orElseThrow();
        assertThat(read.revision()).isEqualTo(revision);
        assertThat(read.decision().getRecord()).isEqualTo(decision.getRecord());
        assertThat(read.decision().getAdjustedAmount()).isEqualTo(Money.of("1111111.10"));

        AllocationDecision department = proposed(SISTER, 0, Grade.GOOD, "85.00", BUDGET_YEAR);
        decisions().add(department);
        stored();
        assertThat(decisions().findById(department.getId()).orElseThrow().decision().getRecord()).isEqualTo(department.getRecord());
        assertThat(decisions().findById(AllocationDecisionId.newId())).isEmpty();
    }

    @Test
    void anOverriddenDecisionKeepsTheProposalTheReasonAndWhoDecided() {
        AllocationDecision decision = proposed(UNIT, 1, Grade.MEDIUM, "72.35", BUDGET_YEAR);
        long revision = decisions().add(decision);
        stored();
        AllocationDecision loaded = decisions().findById(decision.getId()).orElseThrow().decision();
        loaded.override(Treatment.REDUCE_OR_MERGE, Adjustment.of("-25.5"), "整合至同类项目", FINANCE, T2);
        long next = decisions().update(loaded, revision);
        stored();
        AllocationDecisionRepository.Stored read = decisions().findById(decision.getId()).orElseThrow();
        assertThat(next).isGreaterThan(revision);
        assertThat(read.revision()).isEqualTo(next);
        assertThat(read.decision().getRecord()).isEqualTo(loaded.getRecord());
        assertThatThrownBy(() -> {
            decisions().update(loaded, revision);
            stored();
        }).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void aSecondActiveDecisionAboutTheSameObjectAndYearIsRefused() {
        AllocationDecision decision = proposed(UNIT, 1, Grade.POOR, "40.00", BUDGET_YEAR);
        long revision = decisions().add(decision);
        decision.confirm(FINANCE, T1);
        revision = decisions().update(decision, revision);
        stored();
        assertThatThrownBy(() -> {
            decisions().add(proposed(UNIT, 1, Grade.GOOD, "85.00", BUDGET_YEAR));
            stored();
        }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("ALLOCATION_DECISION_ALREADY_OPEN");
    }

    @Test
    void decisionsAddedTogetherAreEachReadBackAtRevisionZeroAndASecondActiveAmongThemIsRefused() {
        List<AllocationDecision> many = new java.util.ArrayList<>();
        for (int project = 1; project <= 600; project++) {   // more than one chunk of the JPA adapter
            many.add(proposed(UNIT, project, Grade.GOOD, "85.00", BUDGET_YEAR));
        }
        decisions().addAll(many);
        stored();
        for (AllocationDecision decision : List.of(many.get(0), many.get(599))) {
            AllocationDecisionRepository.Stored read = decisions().findById(decision.getId()).orElseThrow();
            assertThat(read.revision()).isZero();
            assertThat(read.decision().getRecord()).isEqualTo(decision.getRecord());
        }
        assertThat(decisions().find(AllocationDecisionCriteria.ofBudgetYear(BUDGET_YEAR), DataScope.all())).hasSize(600);
        assertThatThrownBy(() -> {
            decisions().addAll(List.of(proposed(SISTER, 1, Grade.GOOD, "85.00", BUDGET_YEAR), proposed(UNIT, 7, Grade.GOOD, "85.00", BUDGET_YEAR)));
            stored();
        }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("ALLOCATION_DECISION_ALREADY_OPEN");
    }

    @Test
    void supersedingFreesTheObjectForTheSuccessor() {
        AllocationDecision decision = proposed(UNIT, 1, Grade.POOR, "40.00", BUDGET_YEAR);
        long revision = decisions().add(decision);
        decision.confirm(FINANCE, T1);
        revision = decisions().update(decision, revision);
        AllocationDecision successor = decision.supersede(AllocationDecisionId.newId(), Treatment.PRIORITY, Adjustment.NONE, "复核", FINANCE, T2);
        decisions().update(decision, revision);
        decisions().add(successor);
        stored();
        List<AllocationDecisionRepository.Stored> both = decisions().find(AllocationDecisionCriteria.ofBudgetYear(BUDGET_YEAR), DataScope.all());
        assertThat(both).extracting(s -> s.decision().getState())
                .containsExactlyInAnyOrder(AllocationDecisionState.SUPERSEDED, AllocationDecisionState.CONFIRMED);
        assertThat(decisions().findById(decision.getId()).orElseThrow().decision().getSupersededBy()).contains(successor.getId());
        assertThat(decisions().findById(successor.getId()).orElseThrow().decision().getRecord().supersedes()).isEqualTo(decision.getId());
    }

    @Test
    void listsFilterByBudgetYearTreatmentUnitStateAndTheCallersUnits() {
        AllocationDecision a = proposed(UNIT, 1, Grade.POOR, "40.00", BUDGET_YEAR);
        AllocationDecision b = proposed(UNIT, 2, Grade.GOOD, "85.00", BUDGET_YEAR);
        AllocationDecision c = proposed(SISTER, 3, Grade.GOOD, "85.00", BUDGET_YEAR);
        AllocationDecision other = proposed(UNIT, 4, Grade.GOOD, "85.00", FiscalYear.of(2026));
        long ra = decisions().add(a);
        decisions().add(b);
        decisions().add(c);
        decisions().add(other);
        a.confirm(FINANCE, T2);
        decisions().update(a, ra);
        stored();
        assertThat(ids(new AllocationDecisionCriteria(BUDGET_YEAR, null, null, null), DataScope.all())).containsExactlyInAnyOrder(a.getId(), b.getId(), c.getId());
        assertThat(ids(new AllocationDecisionCriteria(BUDGET_YEAR, Treatment.PRIORITY, null, null), DataScope.all())).containsExactlyInAnyOrder(b.getId(), c.getId());
        assertThat(ids(new AllocationDecisionCriteria(BUDGET_YEAR, null, SISTER, null), DataScope.all())).containsExactly(c.getId());
        assertThat(ids(new AllocationDecisionCriteria(null, null, null, AllocationDecisionState.CONFIRMED), DataScope.all())).containsExactly(a.getId());
        assertThat(ids(new AllocationDecisionCriteria(null, null, null, null), DataScope.of(Set.of(UNIT)))).containsExactlyInAnyOrder(a.getId(), b.getId(), other.getId());
        assertThat(ids(new AllocationDecisionCriteria(null, null, null, null), DataScope.none())).isEmpty();
    }

    private List<AllocationDecisionId> ids(AllocationDecisionCriteria criteria, DataScope scope) {
        return decisions().find(criteria, scope).stream().map(s -> s.decision().getId()).toList();
    }
}
