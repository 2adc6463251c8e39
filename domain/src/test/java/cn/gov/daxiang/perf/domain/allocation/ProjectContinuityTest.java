package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectContinuityTest {

    static Project project(String code, String name, UnitCode unit, int year) {
        return Project.of(ProjectCode.of(code), name, unit, FiscalYear.of(year), ProjectCategory.SPECIFIC_PURPOSE, List.of(),
                ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO));
    }

    @Test
    void the_next_years_project_of_the_same_unit_continues_the_evaluated_one_whatever_year_its_name_carries() {
        AllocationObject evaluated = AllocationObject.project(UNIT, ProjectCode.of("43050323T000000000015"), "2023年度城镇老旧小区改造项目");
        assertThat(ProjectContinuity.continues(evaluated, project("43050325T000000000021", "2025年度城镇老旧小区改造项目", UNIT, 2025))).isTrue();
        assertThat(ProjectContinuity.continues(evaluated, project("43050325T000000000021", "2025年城镇老旧小区改造项目", UNIT, 2025))).isTrue();
        assertThat(ProjectContinuity.continues(evaluated, project("43050325T000000000021", "2025年度城镇老旧小区改造项目",
                UnitCode.of("108001"), 2025))).isFalse();
        assertThat(ProjectContinuity.continues(evaluated, project("43050325T000000000022", "2025年度城镇老旧小区改造二期", UNIT, 2025))).isFalse();
        assertThat(ProjectContinuity.continues(evaluated, project("43050323T000000000015", "another name", UNIT, 2023))).isTrue();
        assertThat(ProjectContinuity.continues(AllocationObject.department(UNIT, "住建中心"), project("43050325T000000000021", "住建中心", UNIT, 2025)))
                .isFalse();
    }

    @Test
    void a_name_without_a_leading_year_is_kept_as_it_is() {
        assertThat(ProjectContinuity.continuingName("城乡居民基本养老保险基金")).isEqualTo("城乡居民基本养老保险基金");
        assertThat(ProjectContinuity.continuingName(" 2024 年度 城区环卫保洁")).isEqualTo("城区环卫保洁");
    }

    @Test
    void a_predecessor_is_an_earlier_years_project_of_the_same_unit_with_the_same_name_but_for_the_year() {
        Project current = project("43050325T000000000021", "2025年度城镇老旧小区改造项目", UNIT, 2025);
        assertThat(ProjectContinuity.predecessorOf(project("43050324T000000000011", "2024年城镇老旧小区改造项目", UNIT, 2024), current)).isTrue();
        assertThat(ProjectContinuity.predecessorOf(project("43050326T000000000011", "2026年城镇老旧小区改造项目", UNIT, 2026), current))
                .as("a later year is no predecessor").isFalse();
        assertThat(ProjectContinuity.predecessorOf(project("43050324T000000000012", "2024年城镇老旧小区改造项目", UnitCode.of("105002"), 2024), current))
                .as("another unit's project").isFalse();
        assertThat(ProjectContinuity.predecessorOf(project("43050324T000000000013", "2024年公办幼儿园建设项目", UNIT, 2024), current))
                .as("another project of the unit").isFalse();
    }
}
