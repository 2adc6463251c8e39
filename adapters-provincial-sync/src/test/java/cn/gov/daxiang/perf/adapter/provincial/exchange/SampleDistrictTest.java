package cn.gov.daxiang.perf.adapter.provincial.exchange;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled sample district is valid domain data and covers what the 2024 report talks about. */
class SampleDistrictTest {

    private final ReferenceDataBatch batch = new ExchangeFileReferenceDataSource(new ObjectMapper(),
            new ReferenceDataDocumentMapper(), ExchangeFileReferenceDataSource.SAMPLE_DISTRICT).load();

    @Test
    void everyReferenceInTheSampleResolvesWithinIt() {
        batch.checkReferences(code -> false);
    }

    @Test
    void theSampleHasSeveralDepartmentsWithSubordinateUnits() {
        Set<String> departmentsWithSubordinates = batch.units().stream()
                .flatMap(u -> u.getSupervisingDepartment().stream()).map(Object::toString).collect(Collectors.toSet());
        assertThat(departmentsWithSubordinates).hasSizeGreaterThanOrEqualTo(5);
        assertThat(batch.units()).anyMatch(u -> !u.isActive());
        assertThat(batch.units()).filteredOn(BudgetUnit::isDepartment).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theSampleHasProjectsOfEveryCategoryAndKind() {
        assertThat(batch.projects().stream().map(Project::getCategory).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ProjectCategory.values());
        Set<ProjectKind> kinds = EnumSet.noneOf(ProjectKind.class);
        batch.projects().forEach(p -> kinds.addAll(p.getKinds()));
        assertThat(kinds).containsExactlyInAnyOrder(ProjectKind.values());
    }

    @Test
    void theSampleHasTheProjectsThe2024ReportNames() {
        assertThat(batch.projects()).extracting(Project::getName).anySatisfy(n -> assertThat(n).contains("城镇老旧小区改造"))
                .anySatisfy(n -> assertThat(n).contains("犬木塘水库工程"))
                .anySatisfy(n -> assertThat(n).contains("公办幼儿园建设"))
                .anySatisfy(n -> assertThat(n).contains("城乡居民基本养老保险"))
                .anySatisfy(n -> assertThat(n).contains("城市智慧停车场及配套设施"))
                .anySatisfy(n -> assertThat(n).contains("冷链仓储物流中心"))
                .anySatisfy(n -> assertThat(n).contains("托育综合服务中心"));
    }

    @Test
    void amountsKeepTheirFenExactly() {
        assertThat(batch.projects()).filteredOn(p -> p.getName().equals("学前教育保教费减免及幼儿资助"))
                .singleElement().satisfies(p -> assertThat(p.getFunds().total().toString()).isEqualTo("1250000.50"));
    }
}
