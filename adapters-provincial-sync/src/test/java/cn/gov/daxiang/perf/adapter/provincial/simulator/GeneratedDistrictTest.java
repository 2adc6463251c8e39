package cn.gov.daxiang.perf.adapter.provincial.simulator;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The load benchmark's district (scripts/bench.sh): its size, its departments, and the same data for the same seed. */
class GeneratedDistrictTest {

    @Test
    void aGeneratedDistrictHasADepartmentForEveryTenUnitsAndAnExecutionForEveryProject() {
        try (ProvincialPlatformSimulator simulator = ProvincialPlatformSimulator.start(0, 1)) {
            simulator.generateDistrict(30, 100, 2025, 42);

            List<Map<String, Object>> agencies = simulator.current("agencies");
            assertThat(agencies).hasSize(30);
            assertThat(agencies.stream().filter(a -> a.get("parent_agency_code") == null)).hasSize(3);
            assertThat(agencies).filteredOn(a -> a.get("parent_agency_code") != null)
                    .allSatisfy(a -> assertThat(((String) a.get("agency_code")).substring(0, 4) + "00").isEqualTo(a.get("parent_agency_code")));
            List<Map<String, Object>> projects = simulator.current("projects");
            assertThat(projects).hasSize(100);
            assertThat(projects).allSatisfy(p -> assertThat(ProjectCode.of((String) p.get("pro_code")).standardLayout()).isPresent());
            assertThat(simulator.current("executions")).hasSize(100);
        }
    }

    @Test
    void theSameSeedGeneratesTheSameDistrict() {
        try (ProvincialPlatformSimulator one = ProvincialPlatformSimulator.start(0, 1);
             ProvincialPlatformSimulator two = ProvincialPlatformSimulator.start(0, 1)) {
            one.generateDistrict(20, 50, 2025, 42);
            two.generateDistrict(20, 50, 2025, 42);

            assertThat(one.contentHash()).isEqualTo(two.contentHash());
            assertThat(Objects.equals(one.current("executions").get(7).get("executed_amount"), two.current("executions").get(7).get("executed_amount"))).isTrue();
        }
    }
}
