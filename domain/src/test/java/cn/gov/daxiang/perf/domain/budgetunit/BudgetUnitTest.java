package cn.gov.daxiang.perf.domain.budgetunit;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetUnitTest {

    private static final UnitCode EDUCATION = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");

    @Test
    void aUnitWithoutSupervisingDepartmentIsADepartment() {
        BudgetUnit department = BudgetUnit.of(EDUCATION, "邵阳市大祥区教育局", null, true);
        assertThat(department.isDepartment()).isTrue();
        assertThat(department.getSupervisingDepartment()).isEmpty();
    }

    @Test
    void aSubordinateUnitBelongsToItsDepartmentAndToItself() {
        BudgetUnit kindergarten = BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", EDUCATION, true);
        assertThat(kindergarten.isDepartment()).isFalse();
        assertThat(kindergarten.belongsTo(EDUCATION)).isTrue();
        assertThat(kindergarten.belongsTo(KINDERGARTEN)).isTrue();
        assertThat(kindergarten.belongsTo(UnitCode.of("106001"))).isFalse();
    }

    @Test
    void aUnitCannotSuperviseItself() {
        assertThatThrownBy(() -> BudgetUnit.of(EDUCATION, "教育局", EDUCATION, true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("UNIT_SUPERVISES_ITSELF"));
    }

    @Test
    void aUnitNeedsAName() {
        assertThatThrownBy(() -> BudgetUnit.of(EDUCATION, " ", null, true))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("name"));
    }

    @Test
    void takingOverTheProvincesDescriptionReportsWhetherAnythingChanged() {
        BudgetUnit local = BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", EDUCATION, true);

        assertThat(local.takeOver(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", EDUCATION, true))).isFalse();
        assertThat(local.takeOver(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", EDUCATION, false))).isTrue();
        assertThat(local.isActive()).isFalse();
    }

    @Test
    void takingOverAnotherUnitsDescriptionIsAProgrammingError() {
        BudgetUnit local = BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", EDUCATION, true);
        assertThatThrownBy(() -> local.takeOver(BudgetUnit.of(EDUCATION, "教育局", null, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
