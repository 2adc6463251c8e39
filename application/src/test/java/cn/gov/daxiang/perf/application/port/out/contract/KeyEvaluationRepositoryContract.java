package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.domain.agency.ReferenceAgencies;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.Suggestion;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.DEPARTMENT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.T;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.projectCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link KeyEvaluationRepository} does: an evaluation is read back whole (plan, object, indicator copy with
 * adjusted points, scores with notes, findings with rectifications, every submission and return, acceptance), the
 * list filters by year, state, agency and subject kind, and a stale change is refused. The suites' plan year 2031
 * keeps other rows of a shared database out of the lists.
 */
public abstract class KeyEvaluationRepositoryContract {

    protected abstract KeyEvaluationRepository evaluations();

    protected void stored() {
    }

    private static final FiscalYear YEAR = FiscalYear.of(2031);
    private static final ActorId FINANCE = ActorId.of("finance-admin");
    private static final ActorId EVALUATOR = ActorId.of("zhenrui-evaluator");

    private static KeyEvaluation planned(EvaluationObject object, SubjectKind kind) {
        return KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("契约测试重点评价", YEAR, object, kind, LocalDate.of(2031, 10, 31)),
                FINANCE, T);
    }

    /** Driven through every step, returned once, accepted. */
    private static KeyEvaluation accepted() {
        KeyEvaluation evaluation = planned(new EvaluationObject.OfSpecialFund("契约测试专项", List.of(projectCode(2), projectCode(1))), SubjectKind.OTHER_PROJECT);
        evaluation.commission(ReferenceAgencies.ZHENRUI, FINANCE, T);
        evaluation.setFramework(DefaultFrameworks.districtProject(), DefaultFrameworks.districtProject().getIndicators()
                .withPoints(Map.of("A11", new BigDecimal("3.5"), "A12", new BigDecimal("4.5"))));
        evaluation.startFieldwork();
        List<IndicatorNode> leaves = evaluation.getFramework().orElseThrow().indicators().leaves();
        evaluation.score(leaves.stream().map(l -> new ScoreEntry(l.code(), l.points().subtract(new BigDecimal("0.75")), "扣分：" + l.name())).toList());
        evaluation.recordFindings(List.of(new Finding("资金拨付滞后", "A12", new ProposedRectification(UNIT, null)),
                        new Finding("档案不全", null, new ProposedRectification(DEPARTMENT, LocalDate.of(2032, 3, 1))), new Finding("其他问题", null, null)),
                List.of(new Suggestion("加快拨付", "A12"), new Suggestion("完善档案", null)));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, T);
        evaluation.returnForRework(List.of("原因一", "原因二"), FINANCE, T.plusSeconds(60));
        evaluation.score(List.of(new ScoreEntry("C22", new BigDecimal("10"), null)));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, T.plusSeconds(120));
        evaluation.accept(FINANCE, T.plusSeconds(180), LocalDate.of(2031, 11, 1), 60);
        return evaluation;
    }

    @Test
    void anEvaluationIsReadBackWhole() {
        KeyEvaluation evaluation = accepted();
        assertThat(evaluations().add(evaluation)).isZero();
        stored();

        KeyEvaluationRepository.Stored read = evaluations().findById(evaluation.getId()).orElseThrow();
        KeyEvaluation back = read.evaluation();
        assertThat(read.revision()).isZero();
        assertThat(back.getPlan()).isEqualTo(evaluation.getPlan());
        assertThat(back.getPlannedBy()).isEqualTo(evaluation.getPlannedBy());
        assertThat(back.getPlannedAt()).isEqualTo(evaluation.getPlannedAt());
        assertThat(back.getState()).isEqualTo(KeyEvaluationState.ACCEPTED);
        assertThat(back.getCommission()).isEqualTo(evaluation.getCommission());
        assertThat(back.getFramework()).isEqualTo(evaluation.getFramework());
        assertThat(back.getScores()).isEqualTo(evaluation.getScores());
        assertThat(back.getFindings()).isEqualTo(evaluation.getFindings());
        assertThat(back.getSuggestions()).isEqualTo(evaluation.getSuggestions());
        assertThat(back.getSubmissions()).isEqualTo(evaluation.getSubmissions());
        assertThat(back.getReturns()).isEqualTo(evaluation.getReturns());
        assertThat(back.getAcceptance()).isEqualTo(evaluation.getAcceptance());
        assertThat(back.auditSnapshot()).isEqualTo(evaluation.auditSnapshot());
    }

    @Test
    void theListFiltersByYearStateAgencyAndSubjectKind() {
        KeyEvaluation department = planned(new EvaluationObject.OfDepartment(DEPARTMENT, FiscalYear.of(2030)), SubjectKind.DEPARTMENT_OVERALL);
        KeyEvaluation bond = planned(new EvaluationObject.OfProject(projectCode(3)), SubjectKind.SPECIAL_BOND);
        bond.commission(ReferenceAgencies.OTHER_AGENCY, FINANCE, T);
        KeyEvaluation done = accepted();
        evaluations().add(department);
        evaluations().add(bond);
        evaluations().add(done);
        stored();

        assertThat(evaluations().find(new KeyEvaluationCriteria(YEAR, null, null, null))).hasSize(3);
        assertThat(evaluations().find(new KeyEvaluationCriteria(YEAR, KeyEvaluationState.PLANNED, null, null)))
                .extracting(s -> s.evaluation().getId()).containsExactly(department.getId());
        assertThat(evaluations().find(new KeyEvaluationCriteria(YEAR, null, ReferenceAgencies.OTHER_AGENCY, null)))
                .extracting(s -> s.evaluation().getId()).containsExactly(bond.getId());
        assertThat(evaluations().find(new KeyEvaluationCriteria(YEAR, null, null, SubjectKind.OTHER_PROJECT)))
                .extracting(s -> s.evaluation().getId(), s -> s.evaluation().getState()).containsExactly(tuple(done.getId(), KeyEvaluationState.ACCEPTED));
        assertThat(evaluations().find(new KeyEvaluationCriteria(FiscalYear.of(2032), null, null, null))).isEmpty();
        assertThat(evaluations().findById(department.getId()).orElseThrow().evaluation().getObject())
                .isEqualTo(new EvaluationObject.OfDepartment(DEPARTMENT, FiscalYear.of(2030)));
    }

    @Test
    void eachChangeMovesTheRevisionOnAndAStaleOneIsRefused() {
        KeyEvaluation evaluation = planned(new EvaluationObject.OfProject(projectCode(3)), SubjectKind.SPECIAL_BOND);
        evaluations().add(evaluation);
        evaluation.commission(ReferenceAgencies.ZHENRUI, FINANCE, T);
        assertThat(evaluations().update(evaluation, 0)).isEqualTo(1);
        evaluation.setFramework(DefaultFrameworks.nationalProject(), null);
        assertThat(evaluations().update(evaluation, 1)).isEqualTo(2);
        evaluation.setFramework(DefaultFrameworks.districtProject(), null);
        assertThat(evaluations().update(evaluation, 2)).isEqualTo(3);
        stored();
        KeyEvaluationRepository.Stored read = evaluations().findById(evaluation.getId()).orElseThrow();
        assertThat(read.revision()).isEqualTo(3);
        assertThat(read.evaluation().getFramework()).isEqualTo(evaluation.getFramework());
        assertThatThrownBy(() -> evaluations().update(evaluation, 2)).isInstanceOf(StaleRevisionException.class);
    }
}
