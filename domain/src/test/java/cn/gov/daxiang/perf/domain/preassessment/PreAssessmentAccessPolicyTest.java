package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.UNIT;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.ZHENRUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreAssessmentAccessPolicyTest {

    private static final UnitCode DEPARTMENT = UnitCode.of("108001");
    private static final UnitCode OTHER_UNIT = UnitCode.of("105002");
    private static final Actor OPERATOR = actor(Role.UNIT_OPERATOR, UNIT, null);
    private static final Actor OTHER_OPERATOR = actor(Role.UNIT_OPERATOR, OTHER_UNIT, null);
    private static final Actor DEPT = actor(Role.DEPT_REVIEWER, DEPARTMENT, null);
    private static final Actor FINANCE = actor(Role.FINANCE_REVIEWER, null, null);
    private static final Actor ADMIN = actor(Role.FINANCE_ADMIN, null, null);
    private static final Actor AUDITOR = actor(Role.AUDITOR, null, null);
    private static final Actor EVALUATOR = actor(Role.EVALUATOR, null, ZHENRUI);
    private static final Actor OTHER_EVALUATOR = actor(Role.EVALUATOR, null, new AgencyId("OTHERAGENCY"));

    private static Actor actor(Role role, UnitCode unit, AgencyId agency) {
        return new Actor(role.name().toLowerCase(), Set.of(role), unit, agency, null);
    }

    private static DataScope scopeOf(Actor actor) {
        if (actor.has(Role.UNIT_OPERATOR)) {
            return DataScope.of(Set.of(actor.unit()));
        }
        if (actor.has(Role.DEPT_REVIEWER)) {
            return DataScope.of(Set.of(DEPARTMENT, UNIT));
        }
        return actor.has(Role.EVALUATOR) ? DataScope.none() : DataScope.all();
    }

    private static boolean sees(Actor actor, AgencyId commissioned) {
        return PreAssessmentAccessPolicy.canSee(actor, UNIT, commissioned, scopeOf(actor));
    }

    @Test
    void theUnitItsDepartmentFinanceAndAuditorsSeeAnotherUnitAndUncommissionedAgenciesDoNot() {
        assertThat(sees(OPERATOR, null)).isTrue();
        assertThat(sees(DEPT, null)).isTrue();
        assertThat(sees(FINANCE, null)).isTrue();
        assertThat(sees(AUDITOR, null)).isTrue();
        assertThat(sees(OTHER_OPERATOR, null)).isFalse();
        assertThat(sees(EVALUATOR, null)).as("not commissioned yet").isFalse();
        assertThat(sees(EVALUATOR, ZHENRUI)).isTrue();
        assertThat(sees(OTHER_EVALUATOR, ZHENRUI)).isFalse();
    }

    @Test
    void onlyTheUnitsOperatorDraftsEditsAndSubmits() {
        assertThatCode(() -> PreAssessmentAccessPolicy.requireUnitOf(OPERATOR, UNIT, "submit")).doesNotThrowAnyException();
        for (Actor other : new Actor[]{DEPT, FINANCE, ADMIN, AUDITOR, EVALUATOR, OTHER_OPERATOR}) {
            assertThatThrownBy(() -> PreAssessmentAccessPolicy.requireUnitOf(other, UNIT, "submit")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void financeReviewsAndConcludesTheCommissionedEvaluatorOnlyScores() {
        PreAssessment commissioned = PreAssessmentFixtures.draft();
        commissioned.submit();
        commissioned.takeUp(ZHENRUI);
        for (Actor finance : new Actor[]{FINANCE, ADMIN}) {
            assertThatCode(() -> PreAssessmentAccessPolicy.requireFinance(finance, "conclude")).doesNotThrowAnyException();
            assertThatCode(() -> PreAssessmentAccessPolicy.requireScorer(finance, commissioned, "score")).doesNotThrowAnyException();
        }
        assertThatCode(() -> PreAssessmentAccessPolicy.requireScorer(EVALUATOR, commissioned, "score")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PreAssessmentAccessPolicy.requireFinance(EVALUATOR, "conclude")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> PreAssessmentAccessPolicy.requireScorer(OTHER_EVALUATOR, commissioned, "score"))
                .isInstanceOf(AccessDeniedException.class);
        for (Actor other : new Actor[]{OPERATOR, DEPT, AUDITOR}) {
            assertThatThrownBy(() -> PreAssessmentAccessPolicy.requireFinance(other, "review")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> PreAssessmentAccessPolicy.requireScorer(other, commissioned, "score")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyFinanceAdministrationPublishesCriteria() {
        assertThatCode(() -> PreAssessmentAccessPolicy.requireCriteriaPublisher(ADMIN, "publish")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PreAssessmentAccessPolicy.requireCriteriaPublisher(FINANCE, "publish")).isInstanceOf(AccessDeniedException.class);
    }
}
