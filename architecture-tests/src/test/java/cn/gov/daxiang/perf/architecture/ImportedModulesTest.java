package cn.gov.daxiang.perf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules are only as good as the classes they see: this fails when any module's
 * classes were not imported (a broken class path would otherwise let every rule pass vacuously).
 */
class ImportedModulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureRulesTest.BASE);

    @Test
    void everyModulesClassesAreImported() {
        assertThat(classes.contain("cn.gov.daxiang.perf.domain.project.Project")).as("domain").isTrue();
        assertThat(classes.contain("cn.gov.daxiang.perf.application.service.ProjectQueryService")).as("application").isTrue();
        assertThat(classes.contain("cn.gov.daxiang.perf.adapter.persistence.project.ProjectJpaEntity")).as("adapters-persistence").isTrue();
        assertThat(classes.contain("cn.gov.daxiang.perf.adapter.provincial.sync.SyncStartup")).as("adapters-provincial-sync").isTrue();
        assertThat(classes.contain("cn.gov.daxiang.perf.adapter.rest.project.ProjectResource")).as("adapters-rest").isTrue();
    }

    @Test
    void everyLayerHasSubstance() {
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("cn.gov.daxiang.perf.domain")).count()).isGreaterThan(10);
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("cn.gov.daxiang.perf.application.port")).count()).isGreaterThan(5);
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("cn.gov.daxiang.perf.adapter")).count()).isGreaterThan(10);
    }
}
