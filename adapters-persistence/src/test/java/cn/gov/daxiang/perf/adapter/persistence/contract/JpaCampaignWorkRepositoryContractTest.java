package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignWorkRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringReportRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.application.port.out.contract.CampaignWorkRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The campaign-work contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaCampaignWorkRepositoryContractTest extends CampaignWorkRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    CampaignWorkRepository work;

    @Inject
    GoalRepository goals;

    @Inject
    ProjectRepository projects;

    @Inject
    BudgetUnitRepository units;

    @Inject
    MonitoringRoundRepository rounds;

    @Inject
    MonitoringReportRepository reports;

    @Inject
    SelfEvaluationRepository evaluations;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected CampaignWorkRepository work() {
        return work;
    }

    @Override
    protected GoalRepository goals() {
        return goals;
    }

    @Override
    protected ProjectRepository projects() {
        return projects;
    }

    @Override
    protected BudgetUnitRepository units() {
        return units;
    }

    @Override
    protected MonitoringRoundRepository rounds() {
        return rounds;
    }

    @Override
    protected MonitoringReportRepository reports() {
        return reports;
    }

    @Override
    protected SelfEvaluationRepository evaluations() {
        return evaluations;
    }
}
