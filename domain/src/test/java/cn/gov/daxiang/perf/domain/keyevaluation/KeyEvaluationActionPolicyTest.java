package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offered == permitted for key evaluations: every role (the commissioned agency's evaluator and another's) x every state. */
class KeyEvaluationActionPolicyTest {

    static List<Supplier<KeyEvaluation>> everyState() {
        return List.of(KeyEvaluations::planned, KeyEvaluations::commissioned, KeyEvaluations::frameworkSet, KeyEvaluations::inFieldwork,
                () -> KeyEvaluations.submitted("0"),
                () -> {
                    KeyEvaluation e = KeyEvaluations.submitted("0");
                    e.returnForRework(List.of("补充佐证材料"), KeyEvaluations.FINANCE, KeyEvaluations.NOW);
                    return e;
                },
                () -> {
                    KeyEvaluation e = KeyEvaluations.submitted("0");
                    e.accept(KeyEvaluations.FINANCE, KeyEvaluations.NOW, LocalDate.of(2024, 6, 1), 30);
                    return e;
                });
    }

    static List<Actor> everyRole() {
        List<Actor> actors = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.needsAgencyScope()) {
                actors.add(new Actor("e1", Set.of(role), null, KeyEvaluations.ZHENRUI, null));
                actors.add(new Actor("e2", Set.of(role), null, new AgencyId("OTHER"), null));
            } else {
                actors.add(new Actor("u", Set.of(role), role.needsUnitScope() ? UnitCode.of("108001") : null, null, null));
            }
        }
        return actors;
    }

    static Stream<Arguments> everyRoleAndState() {
        return everyRole().stream().flatMap(a -> everyState().stream().map(s -> Arguments.of(a, s.get())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRoleAndState")
    void anActionIsOfferedIffTheStateAllowsItAndTheUseCaseWouldPermitIt(Actor actor, KeyEvaluation evaluation) {
        List<KeyEvaluationAction> offered = KeyEvaluationAccessPolicy.offered(actor, evaluation);
        for (KeyEvaluationAction action : KeyEvaluationAction.values()) {
            boolean permitted;
            try {
                KeyEvaluationAccessPolicy.require(actor, evaluation, action, "x");
                permitted = true;
            } catch (AccessDeniedException denied) {
                permitted = false;
            }
            assertThat(offered.contains(action)).as(evaluation.getState() + " " + action)
                    .isEqualTo(action.allowedIn(evaluation.getState()) && permitted);
        }
    }

    @Test
    void fieldworkIsOfferedToTheCommissionedEvaluatorNotToFinanceOrAnotherAgency() {
        KeyEvaluation evaluation = KeyEvaluations.frameworkSet();
        Actor commissioned = new Actor("e1", Set.of(Role.EVALUATOR), null, KeyEvaluations.ZHENRUI, null);
        Actor other = new Actor("e2", Set.of(Role.EVALUATOR), null, new AgencyId("OTHER"), null);
        Actor finance = new Actor("f", Set.of(Role.FINANCE_ADMIN), null, null, null);
        assertThat(KeyEvaluationAccessPolicy.offered(commissioned, evaluation))
                .containsExactly(KeyEvaluationAction.SET_FRAMEWORK, KeyEvaluationAction.START_FIELDWORK);
        assertThat(KeyEvaluationAccessPolicy.offered(other, evaluation)).isEmpty();
        assertThat(KeyEvaluationAccessPolicy.offered(finance, evaluation)).containsExactly(KeyEvaluationAction.SET_FRAMEWORK);
        assertThatThrownBy(() -> KeyEvaluationAccessPolicy.require(finance, evaluation, KeyEvaluationAction.START_FIELDWORK, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyStateAndActionHasAChineseLabel() {
        for (KeyEvaluationState s : KeyEvaluationState.values()) {
            assertThat(s.label()).isNotBlank().doesNotContainPattern("[A-Za-z]");
        }
        for (KeyEvaluationAction a : KeyEvaluationAction.values()) {
            assertThat(a.label()).isNotBlank().doesNotContainPattern("[A-Za-z]");
        }
    }
}
