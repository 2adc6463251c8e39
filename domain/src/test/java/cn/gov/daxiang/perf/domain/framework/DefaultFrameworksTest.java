package cn.gov.daxiang.perf.domain.framework;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultFrameworksTest {

    @Test
    void the_national_project_framework_is_decision_process_output_benefit_15_25_35_25() {
        EvaluationFramework national = DefaultFrameworks.nationalProject();
        assertThat(national.getIndicators().level1()).extracting(IndicatorNode::name).containsExactly("决策", "过程", "产出", "效益");
        assertThat(national.getIndicators().level1Points()).containsExactly(Map.entry("A", new BigDecimal("15.00")),
                Map.entry("B", new BigDecimal("25.00")), Map.entry("C", new BigDecimal("35.00")), Map.entry("D", new BigDecimal("25.00")));
        assertThat(national.warnings()).isEmpty();
        assertThat(national.getObjectKind()).isEqualTo(FrameworkObjectKind.PROJECT);
    }

    @Test
    void the_district_framework_has_the_three_aspects_of_the_report() {
        EvaluationFramework district = DefaultFrameworks.districtProject();
        assertThat(district.getIndicators().level1()).extracting(IndicatorNode::name).containsExactly("项目支出", "项目执行过程", "项目产出情况");
        assertThat(district.getIndicators().leaves()).extracting(IndicatorNode::name).contains("资金到位率", "预算执行率", "资金使用合规性");
        assertThat(district.warnings()).isEmpty();
    }

    @Test
    void the_department_framework_is_input_process_output_effect_with_s19_input_weights() {
        EvaluationFramework department = DefaultFrameworks.departmentOverall();
        assertThat(department.getIndicators().level1()).extracting(IndicatorNode::name).containsExactly("投入", "过程", "产出", "效果");
        assertThat(department.getIndicators().level1Points()).containsEntry("A", new BigDecimal("15.00")).containsEntry("B", new BigDecimal("40.00"));
        assertThat(department.getIndicators().level1().get(0).children()).extracting(IndicatorNode::points)
                .containsExactly(new BigDecimal("5.00"), new BigDecimal("10.00"));
        assertThat(department.getObjectKind()).isEqualTo(FrameworkObjectKind.DEPARTMENT_OVERALL);
    }

    @Test
    void every_default_is_version_1_and_has_guidance_for_every_scored_indicator() {
        assertThat(DefaultFrameworks.all()).allSatisfy(f -> {
            assertThat(f.getVersion()).isEqualTo(1);
            assertThat(f.getIndicators().leaves()).allSatisfy(l -> assertThat(l.guidance()).isNotBlank());
        });
    }

    @Test
    void publishing_gives_the_next_version_and_leaves_the_previous_untouched() {
        EvaluationFramework v1 = DefaultFrameworks.nationalProject();
        IndicatorTree adjusted = v1.getIndicators().withPoints(Map.of("A11", new BigDecimal("1"), "C11", new BigDecimal("11")));
        EvaluationFramework v2 = EvaluationFramework.publish(v1.getCode(), v1, v1.getName(), v1.getObjectKind(), adjusted, v1.getResultGroups(),
                cn.gov.daxiang.perf.domain.review.ActorId.of("finance-admin"), java.time.Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.pullEvents()).containsExactly(new EvaluationFrameworkPublished(new FrameworkReference(v1.getCode(), 2)));
        assertThat(v1.getIndicators().leaf("A11").orElseThrow().points()).isEqualByComparingTo("2");
    }
}
