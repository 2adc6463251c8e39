package cn.gov.daxiang.perf.domain.referencedata;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataBatchTest {

    private static final UnitCode EDUCATION = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    private static final UnitCode HEALTH = UnitCode.of("109001");

    private static BudgetUnit department(UnitCode code) {
        return BudgetUnit.of(code, "部门" + code, null, true);
    }

    private static BudgetUnit subordinate(UnitCode code, UnitCode department) {
        return BudgetUnit.of(code, "单位" + code, department, true);
    }

    private static Project project(String code, UnitCode unit) {
        return Project.of(ProjectCode.of(code), "项目" + code, unit, FiscalYear.of(2024), ProjectCategory.OPERATION,
                List.of(), ProjectFunds.of(Money.of(100), Money.ZERO, Money.ZERO));
    }

    @Test
    void aBatchMayNotDescribeTheSameUnitTwice() {
        assertThatThrownBy(() -> new ReferenceDataBatch(List.of(department(EDUCATION), department(EDUCATION)), List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_UNIT_CODE"));
    }

    @Test
    void aBatchMayNotDescribeTheSameProjectTwice() {
        assertThatThrownBy(() -> new ReferenceDataBatch(List.of(department(EDUCATION)),
                List.of(project("43050324Y000000000001", EDUCATION), project("43050324Y000000000001", EDUCATION))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_PROJECT_CODE"));
    }

    @Test
    void departmentsComeBeforeTheirSubordinates() {
        ReferenceDataBatch batch = new ReferenceDataBatch(
                List.of(subordinate(KINDERGARTEN, EDUCATION), department(HEALTH), department(EDUCATION)), List.of());
        assertThat(batch.unitsDepartmentsFirst()).extracting(BudgetUnit::getCode)
                .containsExactly(EDUCATION, HEALTH, KINDERGARTEN);
    }

    @Test
    void referencesResolveWithinTheBatchOrToLocallyKnownUnits() {
        ReferenceDataBatch batch = new ReferenceDataBatch(List.of(subordinate(KINDERGARTEN, EDUCATION)),
                List.of(project("43050324Y000000000001", KINDERGARTEN), project("43050324Y000000000002", HEALTH)));

        assertThat(batch.referencedUnitsOutsideBatch()).containsExactly(EDUCATION, HEALTH);
        batch.checkReferences(code -> code.equals(EDUCATION) || code.equals(HEALTH));
    }

    @Test
    void aSubordinateOfAnUnknownDepartmentRefusesTheBatch() {
        ReferenceDataBatch batch = new ReferenceDataBatch(List.of(subordinate(KINDERGARTEN, EDUCATION)), List.of());
        assertThatThrownBy(() -> batch.checkReferences(code -> false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SUPERVISING_DEPARTMENT_UNKNOWN");
                    assertThat(e.arguments()).containsEntry("departmentCode", "105001");
                });
    }

    @Test
    void aProjectOfAnUnknownUnitRefusesTheBatch() {
        ReferenceDataBatch batch = new ReferenceDataBatch(List.of(department(EDUCATION)),
                List.of(project("43050324Y000000000001", HEALTH)));
        assertThatThrownBy(() -> batch.checkReferences(code -> false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("PROJECT_UNIT_UNKNOWN"));
    }
}
