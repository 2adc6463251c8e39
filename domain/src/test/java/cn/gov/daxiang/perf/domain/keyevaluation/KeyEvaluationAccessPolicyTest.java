package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEvaluationAccessPolicyTest {

    static final UnitCode HOUSING = UnitCode.of("108001");
    static final UnitCode HOUSING_CENTRE = UnitCode.of("108002");
    static final UnitCode EDUCATION = UnitCode.of("105001");
    static final Set<UnitCode> OWNERS = Set.of(HOUSING_CENTRE);

    static Actor actor(Role role, UnitCode unit, String agency) {
        return new Actor(role.name().toLowerCase(), Set.of(role), unit, agency == null ? null : new AgencyId(agency), null);
    }

    static final Actor FINANCE = actor(Role.FINANCE_REVIEWER, null, null);
    static final Actor ADMIN = actor(Role.FINANCE_ADMIN, null, null);
    static final Actor AUDITOR = actor(Role.AUDITOR, null, null);
    static final Actor ZHENRUI = actor(Role.EVALUATOR, null, "ZHENRUI");
    static final Actor OTHER_AGENCY = actor(Role.EVALUATOR, null, "OTHERAGENCY");
    static final Actor CENTRE = actor(Role.UNIT_OPERATOR, HOUSING_CENTRE, null);
    static final Actor HOUSING_REVIEWER = actor(Role.DEPT_REVIEWER, HOUSING, null);
    static final Actor EDUCATION_OPERATOR = actor(Role.UNIT_OPERATOR, EDUCATION, null);

    static DataScope scopeOf(Actor actor) {
        return AccessPolicy.readScope(actor, d -> d.equals(HOUSING) ? List.of(HOUSING_CENTRE) : List.of());
    }

    static boolean sees(Actor actor, KeyEvaluation evaluation) {
        return KeyEvaluationAccessPolicy.canSee(actor, evaluation, OWNERS, scopeOf(actor));
    }

    @Test
    void finance_and_auditors_see_every_evaluation_in_every_state() {
        KeyEvaluation planned = KeyEvaluations.planned();
        assertThat(List.of(FINANCE, ADMIN, AUDITOR)).allMatch(a -> sees(a, planned));
    }

    @Test
    void an_evaluator_sees_only_its_own_agencys_assignments_and_nothing_before_commissioning() {
        assertThat(sees(ZHENRUI, KeyEvaluations.planned())).isFalse();
        KeyEvaluation commissioned = KeyEvaluations.commissioned();
        assertThat(sees(ZHENRUI, commissioned)).isTrue();
        assertThat(sees(OTHER_AGENCY, commissioned)).isFalse();
    }

    @Test
    void units_and_departments_see_only_accepted_evaluations_of_their_own_objects() {
        KeyEvaluation submitted = KeyEvaluations.submitted("0");
        assertThat(sees(CENTRE, submitted)).isFalse();
        assertThat(sees(HOUSING_REVIEWER, submitted)).isFalse();
        submitted.accept(KeyEvaluations.FINANCE, KeyEvaluations.NOW, LocalDate.of(2024, 11, 1), 60);
        assertThat(sees(CENTRE, submitted)).isTrue();
        assertThat(sees(HOUSING_REVIEWER, submitted)).as("the department sees its subordinate unit's").isTrue();
        assertThat(sees(EDUCATION_OPERATOR, submitted)).isFalse();
    }

    @Test
    void finance_plans_commissions_returns_and_accepts_and_nobody_else() {
        assertThatCode(() -> KeyEvaluationAccessPolicy.requireFinance(FINANCE, "accept")).doesNotThrowAnyException();
        assertThatCode(() -> KeyEvaluationAccessPolicy.requireFinance(ADMIN, "accept")).doesNotThrowAnyException();
        for (Actor other : List.of(AUDITOR, ZHENRUI, CENTRE, HOUSING_REVIEWER)) {
            assertThatThrownBy(() -> KeyEvaluationAccessPolicy.requireFinance(other, "accept")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void only_the_commissioned_agencys_evaluator_scores_and_submits() {
        KeyEvaluation evaluation = KeyEvaluations.commissioned();
        assertThatCode(() -> KeyEvaluationAccessPolicy.requireCommissionedEvaluator(ZHENRUI, evaluation, "score")).doesNotThrowAnyException();
        for (Actor other : List.of(OTHER_AGENCY, FINANCE, ADMIN, AUDITOR, CENTRE)) {
            assertThatThrownBy(() -> KeyEvaluationAccessPolicy.requireCommissionedEvaluator(other, evaluation, "score"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void finance_or_the_commissioned_evaluator_sets_the_framework() {
        KeyEvaluation evaluation = KeyEvaluations.commissioned();
        assertThatCode(() -> KeyEvaluationAccessPolicy.requireFrameworkEditor(ZHENRUI, evaluation, "set")).doesNotThrowAnyException();
        assertThatCode(() -> KeyEvaluationAccessPolicy.requireFrameworkEditor(FINANCE, evaluation, "set")).doesNotThrowAnyException();
        assertThatThrownBy(() -> KeyEvaluationAccessPolicy.requireFrameworkEditor(AUDITOR, evaluation, "set")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> KeyEvaluationAccessPolicy.requireFrameworkEditor(OTHER_AGENCY, evaluation, "set")).isInstanceOf(AccessDeniedException.class);
    }
}
