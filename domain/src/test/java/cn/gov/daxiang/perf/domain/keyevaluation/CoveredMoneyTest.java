package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.WanYuan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoveredMoneyTest {

    static final UnitCode HOUSING = UnitCode.of("108001");
    static final UnitCode HOUSING_CENTRE = UnitCode.of("108002");
    static final UnitCode EDUCATION = UnitCode.of("105001");

    static Project project(String code, UnitCode unit, int year, String fiscal, String carryOver, ProjectKind... kinds) {
        return Project.of(ProjectCode.of(code), "项目" + code, unit, FiscalYear.of(year), ProjectCategory.SPECIFIC_PURPOSE, List.of(kinds),
                ProjectFunds.of(Money.of(fiscal), Money.of(carryOver), Money.ZERO));
    }

    static final Project A = project("43050324T000000000101", HOUSING_CENTRE, 2023, "36500000.00", "1800000.50", ProjectKind.SPECIAL_BOND);
    static final Project B = project("43050324T000000000102", HOUSING, 2023, "1000000.25", "0.00");
    static final Project C = project("43050324T000000000103", HOUSING, 2024, "900000.00", "0.00");
    static final Project D = project("43050324T000000000104", EDUCATION, 2023, "700000.00", "0.00");

    @Test
    void a_project_covers_its_total_and_a_special_fund_the_sum_of_its_projects() {
        assertThat(CoveredMoney.ofNamedProjects(new EvaluationObject.OfProject(A.getCode()), List.of(A, B, C)).amount()).isEqualByComparingTo("38300000.50");
        assertThat(CoveredMoney.ofNamedProjects(new EvaluationObject.OfSpecialFund("老旧小区改造", List.of(A.getCode(), B.getCode())), List.of(A, B, C))
                .amount()).isEqualByComparingTo("39300000.75");
    }

    @Test
    void a_department_covers_its_own_and_its_subordinate_units_projects_of_the_spending_year_only() {
        Money money = CoveredMoney.ofDepartment(new EvaluationObject.OfDepartment(HOUSING, FiscalYear.of(2023)), List.of(HOUSING_CENTRE), List.of(A, B, C, D));
        assertThat(money.amount()).isEqualByComparingTo("39300000.75");
        Money withoutSubordinates = CoveredMoney.ofDepartment(new EvaluationObject.OfDepartment(HOUSING, FiscalYear.of(2023)), List.of(), List.of(A, B, C, D));
        assertThat(withoutSubordinates.amount()).isEqualByComparingTo("1000000.25");
    }

    @Test
    void wan_yuan_round_half_up_to_the_decimals_asked_for() {
        assertThat(WanYuan.of(Money.of("443697000.00"), 1)).isEqualByComparingTo("44369.7");
        assertThat(WanYuan.of(Money.of("39300000.75"), 2)).isEqualByComparingTo("3930.00");
        assertThat(WanYuan.of(Money.of("39305000.00"), 1)).isEqualByComparingTo("3930.5");
        assertThat(WanYuan.of(Money.of("500.00"), 1)).isEqualByComparingTo("0.1");
    }

    @Test
    void the_owners_of_a_special_fund_are_the_units_of_its_projects() {
        assertThat(KeyEvaluationAccessPolicy.ownerUnitsOf(new EvaluationObject.OfSpecialFund("f", List.of(A.getCode(), B.getCode())), List.of(A, B, D)))
                .containsExactlyInAnyOrder(HOUSING, HOUSING_CENTRE);
        assertThat(KeyEvaluationAccessPolicy.ownerUnitsOf(new EvaluationObject.OfDepartment(HOUSING, FiscalYear.of(2023)), List.of()))
                .containsExactly(HOUSING);
    }
}
