package cn.gov.daxiang.perf.adapter.rest;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.List;

/**
 * A small district the REST tests share: two departments, three subordinate units (one inactive), and
 * five projects of every category and kind. Imported through the real use case; importing it twice is
 * a no-op, so every test class may import it.
 */
public final class DistrictFixture {

    /** The actor that imports the fixture (the sync's role). */
    public static final Actor LOADER = Actor.system("test-fixture");

    public static final String EDUCATION = "105001";
    public static final String KINDERGARTEN = "105002";
    public static final String PRIMARY_SCHOOL = "105004";
    public static final String HOUSING = "108001";
    public static final String HOUSING_CENTRE = "108002";

    public static final String RENOVATION_2024 = "43050324T000000000101";
    public static final String KINDERGARTEN_BUILD = "43050324T000000000102";
    public static final String EDUCATION_SALARIES = "43050324R000000000001";
    public static final String EDUCATION_RUNNING = "43050324Y000000000001";
    public static final String RENOVATION_2025 = "43050325T000000000103";

    private DistrictFixture() {
    }

    public static ReferenceDataBatch district() {
        return new ReferenceDataBatch(List.of(
                unit(EDUCATION, "邵阳市大祥区教育局", null, true),
                unit(KINDERGARTEN, "邵阳市大祥区第一幼儿园", EDUCATION, true),
                unit(PRIMARY_SCHOOL, "邵阳市大祥区第一实验小学", EDUCATION, false),
                unit(HOUSING, "邵阳市大祥区住房和城乡建设局", null, true),
                unit(HOUSING_CENTRE, "邵阳市大祥区城市建设服务中心", HOUSING, true)),
                List.of(
                        project(RENOVATION_2024, "2024年度城镇老旧小区改造项目", HOUSING_CENTRE, 2024, ProjectCategory.SPECIFIC_PURPOSE,
                                "36500000.00", "4200000.00", "1800000.50", ProjectKind.SPECIAL_BOND, ProjectKind.TRANSFER_PAYMENT),
                        project(KINDERGARTEN_BUILD, "公办幼儿园建设项目", EDUCATION, 2024, ProjectCategory.SPECIFIC_PURPOSE,
                                "18600000.00", "0.00", "0.00", ProjectKind.GOVERNMENT_PURCHASED_SERVICE),
                        project(EDUCATION_SALARIES, "2024年教育局在职人员工资福利", EDUCATION, 2024, ProjectCategory.PERSONNEL,
                                "9800000.00", "0.00", "0.00"),
                        project(EDUCATION_RUNNING, "2024年教育局日常公用经费", EDUCATION, 2024, ProjectCategory.OPERATION,
                                "720000.00", "0.00", "0.00", ProjectKind.SOCIAL_SECURITY_FUND),
                        project(RENOVATION_2025, "2025年度城镇老旧小区改造项目", HOUSING_CENTRE, 2025, ProjectCategory.SPECIFIC_PURPOSE,
                                "38000000.00", "0.00", "2000000.00", ProjectKind.SPECIAL_BOND)));
    }

    private static BudgetUnit unit(String code, String name, String department, boolean active) {
        return BudgetUnit.of(UnitCode.of(code), name, department == null ? null : UnitCode.of(department), active);
    }

    private static Project project(String code, String name, String unit, int year, ProjectCategory category,
                                   String fiscal, String carryOver, String other, ProjectKind... kinds) {
        return Project.of(ProjectCode.of(code), name, UnitCode.of(unit), FiscalYear.of(year), category, List.of(kinds),
                ProjectFunds.of(Money.of(fiscal), Money.of(carryOver), Money.of(other)));
    }
}
