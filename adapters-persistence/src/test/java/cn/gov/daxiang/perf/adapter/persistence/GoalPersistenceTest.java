package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@TestTransaction
class GoalPersistenceTest {

    private static final UnitCode HOUSING = UnitCode.of("708001");
    private static final UnitCode CENTRE = UnitCode.of("708002");
    private static final ProjectCode RENOVATION = ProjectCode.of("43050324T000000700101");
    private static final ProjectCode OTHER = ProjectCode.of("43050324T000000700102");
    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();
    private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

    @Inject
    GoalRepository goals;
    @Inject
    BudgetUnitRepository units;
    @Inject
    ProjectRepository projects;
    @Inject
    EntityManager em;
    @Inject
    SessionFactory sessionFactory;

    private void givenUnitsAndProjects() {
        units.save(BudgetUnit.of(HOUSING, "住建局（测试）", null, true));
        units.save(BudgetUnit.of(CENTRE, "城建中心（测试）", HOUSING, true));
        for (ProjectCode code : List.of(RENOVATION, OTHER)) {
            projects.save(Project.of(code, "老旧小区改造（测试）" + code, CENTRE, FiscalYear.of(2024), ProjectCategory.SPECIFIC_PURPOSE,
                    List.of(ProjectKind.SPECIAL_BOND), ProjectFunds.of(Money.of("36500000.00"), Money.ZERO, Money.ZERO)));
        }
        em.flush();
    }

    static GoalContent goodContent() {
        return new GoalContent("完成12个老旧小区改造，惠及居民1500户。", "三年内完成全区老旧小区改造。", null, List.of(
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "改造小区数量", Comparator.AT_LEAST, new BigDecimal("12"), "个")
                        .withWeight(new BigDecimal("40.00")),
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "COST", "单位改造成本", Comparator.AT_MOST, new BigDecimal("350.5"), "元/平方米")
                        .withWeight(new BigDecimal("20.00")),
                Indicator.qualitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", "居住环境改善", "明显改善，群众投诉下降50%以上")
                        .withWeight(new BigDecimal("30.00")),
                Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "居民满意度", Comparator.AT_LEAST,
                        new BigDecimal("90"), "%").withWeight(new BigDecimal("10.00"))));
    }

    private PerformanceGoal newGoal(ProjectCode project) {
        return PerformanceGoal.create(GoalId.newId(), GoalKind.PROJECT, FiscalYear.of(2024), CENTRE, project, null, goodContent(),
                TAXONOMY, "operator", T);
    }

    private void clear() {
        em.flush();
        em.clear();
    }

    @Test
    void aGoalWithItsVersionsIndicatorsAndHistoryReadsBackEqual() {
        givenUnitsAndProjects();
        PerformanceGoal goal = newGoal(RENOVATION);
        long revision = goals.add(goal);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "operator", T.plusSeconds(60));
        goal.returnForRevision(List.of(ReturnReason.forGoal("目标表述不够具体"),
                ReturnReason.forIndicator(goal.getContent().indicators().get(1).id(), "成本依据不足")), "reviewer", T.plusSeconds(120));
        revision = goals.update(goal, revision);
        clear();

        GoalRepository.Stored read = goals.findById(goal.getId()).orElseThrow();

        assertThat(read.revision()).isEqualTo(revision);
        assertThat(read.goal().getStatus()).isEqualTo(GoalStatus.RETURNED);
        assertThat(read.goal().getContent()).isEqualTo(goal.getContent());
        assertThat(read.goal().currentVersion().getHistory()).isEqualTo(goal.currentVersion().getHistory());
        assertThat(read.goal().currentVersion().latestReturnReasons()).extracting(ReturnReason::text)
                .containsExactly("目标表述不够具体", "成本依据不足");
    }

    @Test
    void oneGoalWithItsWholeTreeIsReadInTwoStatements() {
        givenUnitsAndProjects();
        PerformanceGoal goal = newGoal(RENOVATION);
        goals.add(goal);
        clear();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        goals.findById(goal.getId()).orElseThrow();

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }

    @Test
    void anAdjustmentKeepsTheApprovedVersionAndAddsADraft() {
        givenUnitsAndProjects();
        PerformanceGoal goal = newGoal(RENOVATION);
        long revision = goals.add(goal);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", T);
        goal.passDepartmentReview(null, "dept", T);
        goal.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "fin", T);
        goal.approve("fin", T);
        revision = goals.update(goal, revision);
        goal.openAdjustment("预算调整", "op", T);
        goals.update(goal, revision);
        clear();

        PerformanceGoal read = goals.findById(goal.getId()).orElseThrow().goal();

        assertThat(read.getVersions()).extracting(v -> v.getStatus()).containsExactly(GoalStatus.APPROVED, GoalStatus.DRAFT);
        assertThat(read.latestApprovedVersion()).hasValueSatisfying(v -> assertThat(v.getNumber()).isEqualTo(1));
        assertThat(goals.approvedSubjects(FiscalYear.of(2024))).extracting(s -> s.projectCode()).contains(RENOVATION);
    }

    @Test
    void aChangeFromAStaleRevisionIsRefused() {
        givenUnitsAndProjects();
        PerformanceGoal goal = newGoal(RENOVATION);
        long revision = goals.add(goal);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op", T);
        goals.update(goal, revision);

        assertThatThrownBy(() -> goals.update(goal, revision)).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void aSecondLiveGoalForTheSameProjectAndYearIsRefusedByTheDatabase() {
        givenUnitsAndProjects();
        goals.add(newGoal(RENOVATION));

        assertThatThrownBy(() -> goals.add(newGoal(RENOVATION))).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void listsFilterByYearStatusAndScopeNewestFirst() {
        givenUnitsAndProjects();
        PerformanceGoal first = newGoal(RENOVATION);
        PerformanceGoal second = newGoal(OTHER);
        goals.add(first);
        goals.add(second);
        clear();

        assertThat(goals.find(new GoalCriteria(FiscalYear.of(2024), CENTRE, null, GoalStatus.DRAFT, null), DataScope.all(), null,
                Paging.first()).items()).extracting(s -> s.goal().getId()).containsExactly(second.getId(), first.getId());
        assertThat(goals.find(GoalCriteria.any(), DataScope.of(java.util.Set.of(HOUSING)), null, Paging.first()).total()).isZero();
        assertThat(goals.findLiveSubjectKeys(GoalKind.PROJECT, FiscalYear.of(2024), List.of(RENOVATION.value(), "NOPE000001")))
                .containsExactly(RENOVATION.value());
    }
}
