package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.agency.Agency;
import cn.gov.daxiang.perf.domain.agency.AgencyDetails;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;
import cn.gov.daxiang.perf.domain.agency.CreditCode;
import cn.gov.daxiang.perf.domain.agency.ReferenceAgencies;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AgencyRepository} does: agencies with their rosters in appointment order, the reference agencies present. */
public abstract class AgencyRepositoryContract {

    protected abstract AgencyRepository agencies();

    protected void stored() {
    }

    private static final AgencyId CONTRACT = new AgencyId("CONTRACT-AGENCY");

    private static Agency agency() {
        return Agency.register(CONTRACT, new AgencyDetails("契约测试评价机构", CreditCode.parseOptional("91430500MA4L0R1X2Y"), "王经理 0739-0000000", true),
                List.of(AgencyEvaluator.of("contract-b", "乙评价"), AgencyEvaluator.of("contract-a", "甲评价")));
    }

    @Test
    void theReferenceAgenciesExistWithTheirEvaluators() {
        assertThat(agencies().findById(ReferenceAgencies.ZHENRUI).orElseThrow().agency().getName()).isEqualTo("邵阳臻瑞咨询服务有限责任公司");
        assertThat(agencies().findById(ReferenceAgencies.OTHER_AGENCY).orElseThrow().agency().getEvaluators())
                .extracting(e -> e.userId().value()).containsExactly("other-evaluator");
        assertThat(agencies().findAll()).extracting(s -> s.agency().getId()).contains(ReferenceAgencies.ZHENRUI, ReferenceAgencies.OTHER_AGENCY);
    }

    @Test
    void anAgencyIsReadAsStoredWithItsRosterInAppointmentOrder() {
        Agency agency = agency();
        assertThat(agencies().add(agency)).isZero();
        stored();
        AgencyRepository.Stored read = agencies().findById(CONTRACT).orElseThrow();
        assertThat(read.revision()).isZero();
        assertThat(read.agency().getDetails()).isEqualTo(agency.getDetails());
        assertThat(read.agency().getEvaluators()).isEqualTo(agency.getEvaluators());
        assertThat(agencies().findById(new AgencyId("NO-SUCH-AGENCY"))).isEmpty();
    }

    @Test
    void aSecondAgencyWithTheIdIsRefused() {
        agencies().add(agency());
        stored();
        assertThatThrownBy(() -> agencies().add(agency())).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void rosterChangesAreStoredAndAStaleChangeIsRefused() {
        Agency agency = agency();
        agencies().add(agency);
        agency.remove(ActorId.of("contract-b"));
        agency.appoint(AgencyEvaluator.of("contract-c", "丙评价"));
        agency.revise(new AgencyDetails("契约测试评价机构（更名）", null, null, false));
        assertThat(agencies().update(agency, 0)).isEqualTo(1);
        stored();
        AgencyRepository.Stored read = agencies().findById(CONTRACT).orElseThrow();
        assertThat(read.revision()).isEqualTo(1);
        assertThat(read.agency().isActive()).isFalse();
        assertThat(read.agency().getCreditCode()).isEmpty();
        assertThat(read.agency().getEvaluators()).extracting(e -> e.userId().value()).containsExactly("contract-a", "contract-c");
        assertThatThrownBy(() -> agencies().update(agency, 0)).isInstanceOf(StaleRevisionException.class);
    }
}
