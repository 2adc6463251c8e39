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
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The campaign-work contract over the JPA adapter on PostgreSQL. Each test runs in a transaction rolled back at its end, begun and ended here:
 * {@code @TestTransaction} does not reach the test methods inherited from the contract.
 */
@QuarkusTest
class JpaCampaignWorkRepositoryContractTest extends CampaignWorkRepositoryContract {

    @Inject
    EntityManager em;
    @Inject
    UserTransaction transaction;

    @BeforeEach
    void begin() throws Exception {
        transaction.begin();
    }

    @AfterEach
    void rollBack() throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

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
