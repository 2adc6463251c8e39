package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTest {

    private static final ProjectFunds FUNDS = ProjectFunds.of(Money.of("3000000.00"), Money.of("500000.00"), Money.ZERO);

    private static Project oldResidentialAreas(ProjectFunds funds, ProjectKind... kinds) {
        return Project.of(ProjectCode.of("43050324T000000000101"), "2024年度城镇老旧小区改造项目", UnitCode.of("108001"),
                FiscalYear.of(2024), ProjectCategory.SPECIFIC_PURPOSE, List.of(kinds), funds);
    }

    @Test
    void fundsTotalIsTheSumOfAppropriationCarryOverAndOtherMoney() {
        assertThat(FUNDS.total()).isEqualTo(Money.of("3500000.00"));
    }

    @Test
    void fundsWhoseTotalDiffersFromTheSumOfTheirPartsAreRefused() {
        assertThatThrownBy(() -> new ProjectFunds(Money.of(100), Money.of(60), Money.of(30), Money.of(5)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROJECT_FUNDS_DO_NOT_ADD_UP");
                    assertThat(e.arguments()).containsEntry("sum", "95.00");
                });
    }

    @Test
    void negativeFundPartsAreRefused() {
        assertThatThrownBy(() -> ProjectFunds.of(Money.of(100), Money.of(-1), Money.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_NEGATIVE"));
    }

    @Test
    void aProjectMayBeOfSeveralKindsAtOnce() {
        Project project = oldResidentialAreas(FUNDS, ProjectKind.TRANSFER_PAYMENT, ProjectKind.SPECIAL_BOND);
        assertThat(project.getKinds()).containsExactly(ProjectKind.SPECIAL_BOND, ProjectKind.TRANSFER_PAYMENT);
        assertThat(project.isOfKind(ProjectKind.SPECIAL_BOND)).isTrue();
        assertThat(project.isOfKind(ProjectKind.SOCIAL_SECURITY_FUND)).isFalse();
    }

    @Test
    void aProjectOfNoSpecialKindHasAnEmptySetOfKinds() {
        assertThat(oldResidentialAreas(FUNDS).getKinds()).isEmpty();
    }

    @Test
    void takingOverTheProvincesDescriptionReportsWhetherAnythingChanged() {
        Project local = oldResidentialAreas(FUNDS, ProjectKind.SPECIAL_BOND);

        assertThat(local.takeOver(oldResidentialAreas(FUNDS, ProjectKind.SPECIAL_BOND))).isFalse();
        ProjectFunds raised = ProjectFunds.of(Money.of("3200000.00"), Money.of("500000.00"), Money.ZERO);
        assertThat(local.takeOver(oldResidentialAreas(raised, ProjectKind.SPECIAL_BOND))).isTrue();
        assertThat(local.getFunds()).isEqualTo(raised);
        assertThat(local.takeOver(oldResidentialAreas(raised))).isTrue();
        assertThat(local.getKinds()).isEqualTo(Set.of());
    }

    @Test
    void categoriesAndKindsParseFromCodeOrChineseLabel() {
        assertThat(ProjectCategory.parse("特定目标类")).isEqualTo(ProjectCategory.SPECIFIC_PURPOSE);
        assertThat(ProjectCategory.parse("personnel")).isEqualTo(ProjectCategory.PERSONNEL);
        assertThat(ProjectKind.parse("政府购买服务")).isEqualTo(ProjectKind.GOVERNMENT_PURCHASED_SERVICE);
        assertThatThrownBy(() -> ProjectKind.parse("BOND"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("PROJECT_KIND_UNKNOWN"));
    }
}
