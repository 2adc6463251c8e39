package cn.gov.daxiang.perf.adapter.persistence.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.application.port.out.contract.CampaignRepositoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The campaign contract over the JPA adapter on PostgreSQL. Each test is rolled back
 * ({@link RolledBackEachTest}).
 */
@QuarkusTest
class JpaCampaignRepositoryContractTest extends CampaignRepositoryContract implements RolledBackEachTest {

    @Inject
    EntityManager em;

    @Inject
    CampaignRepository campaigns;

    @Inject
    BudgetUnitRepository units;

    @Override
    protected void stored() {
        em.flush();
        em.clear();
    }

    @Override
    protected CampaignRepository campaigns() {
        return campaigns;
    }

    @Override
    protected BudgetUnitRepository units() {
        return units;
    }
}
