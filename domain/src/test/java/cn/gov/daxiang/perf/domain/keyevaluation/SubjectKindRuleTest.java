package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.daxiang.perf.domain.keyevaluation.CoveredMoneyTest.A;
import static cn.gov.daxiang.perf.domain.keyevaluation.CoveredMoneyTest.B;
import static cn.gov.daxiang.perf.domain.keyevaluation.CoveredMoneyTest.HOUSING;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class SubjectKindRuleTest {

    @Test
    void a_special_bond_evaluation_needs_every_project_to_be_a_special_bond() {
        var fund = new EvaluationObject.OfSpecialFund("专项债券", List.of(A.getCode(), B.getCode()));
        assertThatThrownBy(() -> SubjectKindRule.check(fund, SubjectKind.SPECIAL_BOND, List.of(A, B)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("KEY_EVALUATION_PROJECT_NOT_OF_KIND");
                    assertThat((List<Object>) e.arguments().get("projectCodes")).containsExactly(B.getCode().value());
                });
        assertThatCode(() -> SubjectKindRule.check(new EvaluationObject.OfProject(A.getCode()), SubjectKind.SPECIAL_BOND, List.of(A)))
                .doesNotThrowAnyException();
        assertThatCode(() -> SubjectKindRule.check(fund, SubjectKind.OTHER_PROJECT, List.of(A, B))).doesNotThrowAnyException();
    }

    @Test
    void department_overall_goes_exactly_with_department_objects() {
        var department = new EvaluationObject.OfDepartment(HOUSING, FiscalYear.of(2023));
        assertThatCode(() -> SubjectKindRule.check(department, SubjectKind.DEPARTMENT_OVERALL, List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> SubjectKindRule.check(department, SubjectKind.OTHER_PROJECT, List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("KEY_EVALUATION_SUBJECT_KIND_NOT_FOR_OBJECT"));
        assertThatThrownBy(() -> SubjectKindRule.check(new EvaluationObject.OfProject(A.getCode()), SubjectKind.DEPARTMENT_OVERALL, List.of(A)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("KEY_EVALUATION_SUBJECT_KIND_NOT_FOR_OBJECT"));
    }

    @Test
    void unknown_projects_are_all_named_and_a_fund_needs_projects() {
        ProjectCode unknown = ProjectCode.of("43050324T000000009999");
        assertThatThrownBy(() -> SubjectKindRule.check(new EvaluationObject.OfSpecialFund("f", List.of(A.getCode(), unknown)), SubjectKind.OTHER_PROJECT, List.of(A)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat((List<Object>) e.arguments().get("projectCodes")).containsExactly(unknown.value()));
        assertThatThrownBy(() -> new EvaluationObject.OfSpecialFund("f", List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SPECIAL_FUND_WITHOUT_PROJECTS"));
    }
}
