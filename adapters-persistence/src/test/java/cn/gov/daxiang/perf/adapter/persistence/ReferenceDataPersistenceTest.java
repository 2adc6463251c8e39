package cn.gov.daxiang.perf.adapter.persistence;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Round trips and list filters of the reference-data adapters against PostgreSQL. */
@QuarkusTest
@TestTransaction
class ReferenceDataPersistenceTest {

    private static final UnitCode EDUCATION = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    private static final UnitCode HEALTH = UnitCode.of("109001");

    @Inject
    BudgetUnitRepository units;
    @Inject
    ProjectRepository projects;
    @Inject
    EntityManager em;
    @Inject
    SessionFactory sessionFactory;

    /** Called first in each test: @BeforeEach would run outside the test's rolled-back transaction. */
    private void givenTheDistrict() {
        units.save(BudgetUnit.of(EDUCATION, "邵阳市大祥区教育局", null, true));
        units.save(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", EDUCATION, true));
        units.save(BudgetUnit.of(HEALTH, "邵阳市大祥区卫生健康局", null, false));
        projects.save(project("43050324T000000000201", "公办幼儿园建设项目", KINDERGARTEN, 2024,
                ProjectCategory.SPECIFIC_PURPOSE, "12000000.50", ProjectKind.SPECIAL_BOND, ProjectKind.TRANSFER_PAYMENT));
        projects.save(project("43050324Y000000000202", "教育局日常运转经费", EDUCATION, 2024, ProjectCategory.OPERATION, "860000.00"));
        projects.save(project("43050325R000000000203", "教育局在职人员工资", EDUCATION, 2025, ProjectCategory.PERSONNEL, "5300000.00"));
        flushAndClear();
    }

    private static Project project(String code, String name, UnitCode unit, int year, ProjectCategory category,
                                   String fiscal, ProjectKind... kinds) {
        return Project.of(ProjectCode.of(code), name, unit, FiscalYear.of(year), category, List.of(kinds),
                ProjectFunds.of(Money.of(fiscal), Money.of("100000.00"), Money.ZERO));
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }

    @Test
    void aProjectReadsBackEqualToWhatWasSavedIncludingChineseTextMoneyAndKinds() {
        givenTheDistrict();
        Project read = projects.findByCode(ProjectCode.of("43050324T000000000201")).orElseThrow();

        assertThat(read.getName()).isEqualTo("公办幼儿园建设项目");
        assertThat(read.getUnitCode()).isEqualTo(KINDERGARTEN);
        assertThat(read.getFunds().total()).isEqualTo(Money.of("12100000.50"));
        assertThat(read.getFunds().total().amount().scale()).isEqualTo(2);
        assertThat(read.getKinds()).containsExactly(ProjectKind.SPECIAL_BOND, ProjectKind.TRANSFER_PAYMENT);
    }

    @Test
    void aUnitReadsBackWithItsDepartment() {
        givenTheDistrict();
        BudgetUnit read = units.findByCode(KINDERGARTEN).orElseThrow();
        assertThat(read.getSupervisingDepartment()).contains(EDUCATION);
        assertThat(units.findSubordinates(EDUCATION)).extracting(BudgetUnit::getCode).containsExactly(KINDERGARTEN);
        assertThat(units.findByCode(UnitCode.of("999999"))).isEmpty();
    }

    @Test
    void savingAKnownProjectUpdatesItInPlaceAndBumpsItsVersion() {
        givenTheDistrict();
        long before = versionOf("43050324Y000000000202");
        Project changed = project("43050324Y000000000202", "教育局日常运转经费（调整）", EDUCATION, 2024,
                ProjectCategory.OPERATION, "900000.00", ProjectKind.GOVERNMENT_PURCHASED_SERVICE);

        projects.save(changed);
        flushAndClear();

        Project read = projects.findByCode(changed.getCode()).orElseThrow();
        assertThat(read.getName()).isEqualTo("教育局日常运转经费（调整）");
        assertThat(read.getKinds()).containsExactly(ProjectKind.GOVERNMENT_PURCHASED_SERVICE);
        assertThat(versionOf("43050324Y000000000202")).isEqualTo(before + 1);
        assertThat(countRows("project")).isEqualTo(3);
    }

    @Test
    void projectsFilterByYearUnitCategoryAndKind() {
        givenTheDistrict();
        assertThat(codes(new ProjectCriteria(FiscalYear.of(2024), null, null, null)))
                .containsExactly("43050324T000000000201", "43050324Y000000000202");
        assertThat(codes(new ProjectCriteria(null, EDUCATION, null, null)))
                .containsExactly("43050324Y000000000202", "43050325R000000000203");
        assertThat(codes(new ProjectCriteria(null, null, ProjectCategory.PERSONNEL, null)))
                .containsExactly("43050325R000000000203");
        assertThat(codes(new ProjectCriteria(FiscalYear.of(2024), null, null, ProjectKind.TRANSFER_PAYMENT)))
                .containsExactly("43050324T000000000201");
        assertThat(codes(new ProjectCriteria(FiscalYear.of(2025), null, null, ProjectKind.SPECIAL_BOND))).isEmpty();
    }

    @Test
    void pagesCarryTheTotalAcrossAllPages() {
        givenTheDistrict();
        Page<Project> second = projects.find(ProjectCriteria.any(), DataScope.all(), new Paging(2, 2));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(p -> p.getCode().value()).containsExactly("43050325R000000000203");
    }

    @Test
    void pagesReadByTheirIdsWalkEveryProjectOnceInCodeOrderAndAPageBeyondTheEndIsEmpty() {
        givenTheDistrict();
        List<String> walked = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            projects.find(ProjectCriteria.any(), DataScope.all(), new Paging(n, 1)).items()
                    .forEach(p -> walked.add(p.getCode().value()));
        }
        assertThat(walked).containsExactly("43050324T000000000201", "43050324Y000000000202", "43050325R000000000203");
        Page<Project> beyond = projects.find(ProjectCriteria.any(), DataScope.all(), new Paging(1_000, 20));
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
    }

    @Test
    void unitsFilterByDepartmentActivityAndNameWithLikeWildcardsTakenLiterally() {
        givenTheDistrict();
        assertThat(units.find(new BudgetUnitCriteria(EDUCATION, null, null), DataScope.all(), Paging.first()).items())
                .extracting(BudgetUnit::getCode).containsExactly(KINDERGARTEN);
        assertThat(units.find(new BudgetUnitCriteria(null, false, null), DataScope.all(), Paging.first()).items())
                .extracting(BudgetUnit::getCode).containsExactly(HEALTH);
        assertThat(units.find(new BudgetUnitCriteria(null, null, "教育"), DataScope.all(), Paging.first()).total()).isEqualTo(1);
        assertThat(units.find(new BudgetUnitCriteria(null, null, "%"), DataScope.all(), Paging.first()).total()).isZero();
    }

    @Test
    void findByCodesAnswersOnlyTheExistingOnes() {
        givenTheDistrict();
        assertThat(units.findByCodes(List.of(EDUCATION, UnitCode.of("777777"), HEALTH)))
                .extracting(BudgetUnit::getCode).containsExactlyInAnyOrder(EDUCATION, HEALTH);
    }

    @Test
    void insertsOfManyUnitsGoInJdbcBatchesNotOneStatementEach() {
        givenTheDistrict();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        IntStream.range(0, 200).forEach(i ->
                units.save(BudgetUnit.of(UnitCode.of("8" + String.format("%05d", i)), "测试单位" + i, EDUCATION, true)));
        em.flush();

        // 200 natural-id lookups (one statement each) + sequence calls + a handful of batched inserts.
        long statements = statistics.getPrepareStatementCount();
        assertThat(statements).isLessThan(200 + 10 + 10);
        assertThat(countRows("budget_unit")).isEqualTo(203);
    }

    @Test
    void saveAllInsertsTheNewAndUpdatesTheStoredProjectsWithOneLookupNotOnePerProject() {
        givenTheDistrict();
        long before = versionOf("43050324Y000000000202");
        List<Project> batch = new java.util.ArrayList<>();
        batch.add(project("43050324Y000000000202", "教育局日常运转经费（调整）", EDUCATION, 2024, ProjectCategory.OPERATION, "900000.00",
                ProjectKind.GOVERNMENT_PURCHASED_SERVICE));
        IntStream.range(0, 300).forEach(i -> batch.add(project("43050324T9" + String.format("%011d", i), "批量项目" + i, KINDERGARTEN, 2024,
                ProjectCategory.SPECIFIC_PURPOSE, "1000.00", ProjectKind.SPECIAL_BOND)));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        projects.saveAll(batch);
        em.flush();

        // one lookup, a sequence call and a handful of batched inserts and updates: not 301 lookups
        assertThat(statistics.getPrepareStatementCount()).isLessThan(15);
        em.clear();
        assertThat(countRows("project")).isEqualTo(303);
        assertThat(versionOf("43050324Y000000000202")).isEqualTo(before + 1);
        Project changed = projects.findByCode(ProjectCode.of("43050324Y000000000202")).orElseThrow();
        assertThat(changed.getName()).isEqualTo("教育局日常运转经费（调整）");
        assertThat(changed.getKinds()).containsExactly(ProjectKind.GOVERNMENT_PURCHASED_SERVICE);
        Project added = projects.findByCode(ProjectCode.of("43050324T900000000299")).orElseThrow();
        assertThat(added.getUnitCode()).isEqualTo(KINDERGARTEN);
        assertThat(added.getKinds()).containsExactly(ProjectKind.SPECIAL_BOND);
    }

    @Test
    void saveAllOfUnitsWritesADepartmentBeforeItsUnitsAndUpdatesTheStoredOnes() {
        givenTheDistrict();
        UnitCode department = UnitCode.of("120001");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        units.saveAll(List.of(BudgetUnit.of(HEALTH, "邵阳市大祥区卫生健康局", null, true),
                BudgetUnit.of(department, "新设主管部门", null, true), BudgetUnit.of(UnitCode.of("120002"), "新设单位", department, true)));
        em.flush();

        assertThat(statistics.getPrepareStatementCount()).isLessThan(10);
        em.clear();
        assertThat(units.findByCode(HEALTH).orElseThrow().isActive()).isTrue();
        assertThat(units.findByCode(UnitCode.of("120002")).orElseThrow().getSupervisingDepartment()).contains(department);
    }

    private List<String> codes(ProjectCriteria criteria) {
        return projects.find(criteria, DataScope.all(), Paging.first()).items().stream().map(p -> p.getCode().value()).toList();
    }

    private long versionOf(String projectCode) {
        return ((Number) em.createNativeQuery("SELECT version FROM project WHERE project_code = ?1")
                .setParameter(1, projectCode).getSingleResult()).longValue();
    }

    private long countRows(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    @Test
    void listsKeepToTheCallersScope() {
        givenTheDistrict();
        DataScope kindergartenOnly = DataScope.of(Set.of(KINDERGARTEN));

        assertThat(projects.find(ProjectCriteria.any(), kindergartenOnly, Paging.first()).items())
                .extracting(p -> p.getCode().value()).containsExactly("43050324T000000000201");
        assertThat(units.find(BudgetUnitCriteria.any(), kindergartenOnly, Paging.first()).items())
                .extracting(BudgetUnit::getCode).containsExactly(KINDERGARTEN);
        assertThat(projects.find(ProjectCriteria.any(), DataScope.none(), Paging.first()).total()).isZero();
    }
}
