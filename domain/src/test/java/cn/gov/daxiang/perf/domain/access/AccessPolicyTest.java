package cn.gov.daxiang.perf.domain.access;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTest {

    private static final UnitCode EDUCATION = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    private static final UnitCode SCHOOL = UnitCode.of("105004");
    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final Function<UnitCode, Collection<UnitCode>> SUBORDINATES =
            dept -> Map.of(EDUCATION, List.of(KINDERGARTEN, SCHOOL)).getOrDefault(dept, List.of());

    private static Actor actor(Role role, UnitCode unit, AgencyId agency) {
        return new Actor("user", Set.of(role), unit, agency, null);
    }

    @Test
    void financeAuditorsAndTheSyncSeeEveryUnit() {
        for (Role role : List.of(Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR, Role.SYNC)) {
            assertThat(AccessPolicy.readScope(actor(role, null, null), SUBORDINATES).unrestricted()).as(role.name()).isTrue();
        }
    }

    @Test
    void aDepartmentReviewerSeesTheDepartmentAndItsSubordinateUnitsOnly() {
        DataScope scope = AccessPolicy.readScope(actor(Role.DEPT_REVIEWER, EDUCATION, null), SUBORDINATES);
        assertThat(scope.units()).containsExactlyInAnyOrder(EDUCATION, KINDERGARTEN, SCHOOL);
        assertThat(scope.includes(HOUSING)).isFalse();
    }

    @Test
    void aUnitOperatorSeesItsOwnUnitOnlyNotItsSiblingsOrDepartment() {
        DataScope scope = AccessPolicy.readScope(actor(Role.UNIT_OPERATOR, KINDERGARTEN, null), SUBORDINATES);
        assertThat(scope.units()).containsExactly(KINDERGARTEN);
        assertThat(scope.includes(SCHOOL)).isFalse();
        assertThat(scope.includes(EDUCATION)).isFalse();
    }

    @Test
    void anEvaluatorSeesNoUnitDataUntilSomethingIsAssignedToTheAgency() {
        assertThat(AccessPolicy.readScope(actor(Role.EVALUATOR, null, new AgencyId("ZHENRUI")), SUBORDINATES).isEmpty()).isTrue();
    }

    @Test
    void rolesThatNeedAScopeCannotExistWithoutIt() {
        assertThatThrownBy(() -> actor(Role.UNIT_OPERATOR, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ROLE_WITHOUT_SCOPE"));
        assertThatThrownBy(() -> actor(Role.DEPT_REVIEWER, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> actor(Role.EVALUATOR, null, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyFinanceAdministrationAndAuditorsReadTheAuditTrail() {
        AccessPolicy.requireAuditTrailReader(actor(Role.AUDITOR, null, null));
        AccessPolicy.requireAuditTrailReader(actor(Role.FINANCE_ADMIN, null, null));
        assertThatThrownBy(() -> AccessPolicy.requireAuditTrailReader(actor(Role.FINANCE_REVIEWER, null, null)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("ACCESS_DENIED"));
        assertThatThrownBy(() -> AccessPolicy.requireAuditTrailReader(actor(Role.UNIT_OPERATOR, KINDERGARTEN, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheSyncAndFinanceAdministrationImportReferenceData() {
        AccessPolicy.requireReferenceDataImport(Actor.system("loader"));
        assertThatThrownBy(() -> AccessPolicy.requireReferenceDataImport(actor(Role.AUDITOR, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void scopesOfSeveralRolesAdd() {
        Actor both = new Actor("u", Set.of(Role.UNIT_OPERATOR, Role.AUDITOR), KINDERGARTEN, null, null);
        assertThat(AccessPolicy.readScope(both, SUBORDINATES).unrestricted()).isTrue();
        assertThat(DataScope.of(Set.of(KINDERGARTEN)).union(DataScope.of(Set.of(HOUSING))).units())
                .containsExactlyInAnyOrder(KINDERGARTEN, HOUSING);
    }
}
