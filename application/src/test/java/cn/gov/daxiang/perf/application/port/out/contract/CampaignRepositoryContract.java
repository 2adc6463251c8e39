package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCriteria;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignScope;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.SISTER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.STRANGER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link CampaignRepository} does: a campaign is seen by its targets, newest first; targets only grow. */
public abstract class CampaignRepositoryContract {

    protected abstract CampaignRepository campaigns();

    protected abstract BudgetUnitRepository units();

    protected void stored() {
    }

    private static Campaign campaign(int year, CampaignTarget... targets) {
        return Campaign.issue(CampaignId.newId(), "契约测试自评" + year, CampaignScope.selfEvaluation(SelfEvaluationKind.PROJECT),
                FiscalYear.of(year), List.of(targets), LocalDate.of(2031, 5, 31), ActorId.of("finance"));
    }

    @Test
    void aCampaignIsSeenWithinTheScopeOfAnyOfItsTargetsNewestFirst() {
        givenUnits(units());
        Campaign first = campaign(2031, CampaignTarget.of(UNIT, Money.of("10.00")));
        Campaign second = campaign(2031, CampaignTarget.of(SISTER, Money.of("20.00")), CampaignTarget.of(UNIT, Money.of("5.00")));
        Campaign other = campaign(2030, CampaignTarget.of(STRANGER, Money.of("1.00")));
        campaigns().add(first);
        campaigns().add(second);
        campaigns().add(other);
        stored();

        assertThat(campaigns().find(CampaignCriteria.any(), DataScope.of(Set.of(UNIT)), Paging.first()).items())
                .extracting(s -> s.campaign().getId()).containsExactly(second.getId(), first.getId());
        assertThat(campaigns().find(new CampaignCriteria(FiscalYear.of(2030), CampaignKind.SELF_EVALUATION), DataScope.all(), Paging.first())
                .items()).extracting(s -> s.campaign().getId()).containsExactly(other.getId());
        assertThat(campaigns().find(CampaignCriteria.any(), DataScope.none(), Paging.first()).total()).isZero();
        assertThat(campaigns().findById(second.getId()).orElseThrow().campaign().getTargets()).isEqualTo(second.getTargets());
    }

    @Test
    void addedTargetsAreStoredAfterTheOthersAndAStaleChangeIsRefused() {
        givenUnits(units());
        Campaign campaign = campaign(2031, CampaignTarget.of(UNIT, Money.of("10.00")));
        campaigns().add(campaign);
        campaign.addTargets(List.of(CampaignTarget.of(SISTER, Money.of("3.00"))));
        assertThat(campaigns().update(campaign, 0)).isEqualTo(1);
        stored();

        CampaignRepository.Stored read = campaigns().findById(campaign.getId()).orElseThrow();
        assertThat(read.revision()).isEqualTo(1);
        assertThat(read.campaign().getTargets()).extracting(CampaignTarget::unitCode).containsExactly(UNIT, SISTER);
        assertThatThrownBy(() -> campaigns().update(campaign, 0)).isInstanceOf(StaleRevisionException.class);
    }
}
