package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarProjectTest {

    private static final UnitCode DEPARTMENT = UnitCode.of("108001");
    private static final UnitCode UNIT = UnitCode.of("108002");
    private static final UnitCode SISTER = UnitCode.of("108003");
    private static final UnitCode STRANGER = UnitCode.of("209001");
    private static final UnitCode OTHER_DEPARTMENT = UnitCode.of("209000");
    private static final ProjectCode PLANNED = ProjectCode.of("43050324T000000000101");
    private static final ProjectCode SAMPLE = ProjectCode.of("43050324T000000000102");
    private static final ProjectCategory CATEGORY = ProjectCategory.SPECIFIC_PURPOSE;
    private static final ProjectCategory OTHER_CATEGORY = otherThan(CATEGORY);

    private final SimilarProject similar = new SimilarProject(CATEGORY, DEPARTMENT, UNIT, PLANNED);

    @Test
    void aProjectOfTheSameCategoryIsSimilarWhoeverRunsIt() {
        assertThat(similar.matches(SAMPLE, CATEGORY, STRANGER, OTHER_DEPARTMENT)).isTrue();
    }

    @Test
    void aProjectOfAUnitOfTheSameDepartmentOrOfTheDepartmentItselfIsSimilar() {
        assertThat(similar.matches(SAMPLE, OTHER_CATEGORY, SISTER, DEPARTMENT)).isTrue();
        assertThat(similar.matches(SAMPLE, OTHER_CATEGORY, DEPARTMENT, null)).isTrue();
    }

    @Test
    void anotherProjectOfTheSameUnitIsSimilar() {
        assertThat(similar.matches(SAMPLE, OTHER_CATEGORY, UNIT, OTHER_DEPARTMENT)).isTrue();
    }

    @Test
    void aProjectOfAnotherCategoryDepartmentAndUnitIsNotSimilar() {
        assertThat(similar.matches(SAMPLE, OTHER_CATEGORY, STRANGER, OTHER_DEPARTMENT)).isFalse();
        assertThat(similar.matches(SAMPLE, OTHER_CATEGORY, STRANGER, null)).isFalse();
    }

    @Test
    void thePlannedProjectIsNeverItsOwnSample() {
        assertThat(similar.matches(PLANNED, CATEGORY, UNIT, DEPARTMENT)).isFalse();
    }

    @Test
    void aUnitWithoutDepartmentIsItsOwnDepartment() {
        SimilarProject ofADepartment = new SimilarProject(CATEGORY, null, DEPARTMENT, PLANNED);

        assertThat(ofADepartment.department()).isEqualTo(DEPARTMENT);
        assertThat(ofADepartment.matches(SAMPLE, OTHER_CATEGORY, SISTER, DEPARTMENT)).isTrue();
    }

    @Test
    void aGoalWithoutProjectMatchesNoCategoryAndExcludesNothing() {
        SimilarProject noProject = new SimilarProject(null, DEPARTMENT, UNIT, null);

        assertThat(noProject.matches(SAMPLE, CATEGORY, STRANGER, OTHER_DEPARTMENT)).isFalse();
        assertThat(noProject.matches(PLANNED, OTHER_CATEGORY, UNIT, null)).isTrue();
    }

    private static ProjectCategory otherThan(ProjectCategory category) {
        for (ProjectCategory c : ProjectCategory.values()) {
            if (c != category) {
                return c;
            }
        }
        throw new IllegalStateException("one category only");
    }
}
