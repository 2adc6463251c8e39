package cn.gov.daxiang.perf.domain.agency;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyTest {

    static final AgencyId ZHENRUI = new AgencyId("ZHENRUI");

    static Agency zhenrui() {
        return Agency.register(ZHENRUI, new AgencyDetails("邵阳臻瑞咨询服务有限责任公司", CreditCode.parseOptional("91430500MA4L0XXX1X".replace('X', '1')),
                "张经理 0739-1234567", true), List.of(AgencyEvaluator.of("zhenrui-evaluator", "李评价")));
    }

    @Test
    void registering_records_the_agency_with_its_roster() {
        Agency agency = zhenrui();
        assertThat(agency.getEvaluators()).extracting(AgencyEvaluator::name).containsExactly("李评价");
        assertThat(agency.isActive()).isTrue();
        assertThat(agency.pullEvents()).containsExactly(new AgencyRegistered(ZHENRUI));
    }

    @Test
    void the_roster_refuses_a_second_appointment_and_an_unknown_removal() {
        Agency agency = zhenrui();
        agency.pullEvents();
        agency.appoint(AgencyEvaluator.of("wang", "王评价"));
        assertThatThrownBy(() -> agency.appoint(AgencyEvaluator.of("wang", "王二"))).isInstanceOf(AlreadyExistsException.class);
        agency.remove(ActorId.of("zhenrui-evaluator"));
        assertThatThrownBy(() -> agency.remove(ActorId.of("nobody"))).isInstanceOf(NotFoundException.class);
        assertThat(agency.getEvaluators()).extracting(e -> e.userId().value()).containsExactly("wang");
        assertThat(agency.pullEvents()).containsExactly(new AgencyEvaluatorAppointed(ZHENRUI, ActorId.of("wang")),
                new AgencyEvaluatorRemoved(ZHENRUI, ActorId.of("zhenrui-evaluator")));
    }

    @Test
    void an_unchanged_revision_records_nothing_and_deactivation_does() {
        Agency agency = zhenrui();
        agency.pullEvents();
        agency.revise(agency.getDetails());
        assertThat(agency.pullEvents()).isEmpty();
        AgencyDetails d = agency.getDetails();
        agency.revise(new AgencyDetails(d.name(), d.creditCode(), d.contact(), false));
        assertThat(agency.isActive()).isFalse();
        assertThat(agency.pullEvents()).containsExactly(new AgencyRevised(ZHENRUI));
    }

    @Test
    void a_credit_code_has_18_characters_without_i_o_s_v_z() {
        assertThat(CreditCode.parseOptional(" 91430500ma4l0r1x2y ").value()).isEqualTo("91430500MA4L0R1X2Y");
        assertThat(CreditCode.parseOptional(" ")).isNull();
        assertThatThrownBy(() -> CreditCode.parseOptional("91430500MA4L0R1X2")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CreditCode.parseOptional("91430500MA4L0R1X2O")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void finance_admin_manages_finance_and_auditors_read_an_evaluator_sees_its_own_agency_and_units_nothing() {
        Actor admin = new Actor("a", Set.of(Role.FINANCE_ADMIN), null, null, null);
        Actor reviewer = new Actor("r", Set.of(Role.FINANCE_REVIEWER), null, null, null);
        Actor evaluator = new Actor("e", Set.of(Role.EVALUATOR), null, ZHENRUI, null);
        Actor unit = new Actor("u", Set.of(Role.UNIT_OPERATOR), cn.gov.daxiang.perf.domain.budgetunit.UnitCode.of("108002"), null, null);
        assertThatCode(() -> AgencyAccessPolicy.requireManager(admin, "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgencyAccessPolicy.requireManager(reviewer, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> AgencyAccessPolicy.requireReader(reviewer, "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgencyAccessPolicy.requireReader(unit, "x")).isInstanceOf(AccessDeniedException.class);
        assertThat(AgencyAccessPolicy.canSee(evaluator, ZHENRUI)).isTrue();
        assertThat(AgencyAccessPolicy.canSee(evaluator, new AgencyId("OTHERAGENCY"))).isFalse();
    }
}
