package cn.gov.daxiang.perf.adapter.rest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's 2023 部门整体 self-evaluations: one per unit of the sample district's exchange files (126, every one), their
 * adjusted budgets summing to exactly 816,482,900.00 元 (the report's 81,648.29万元), each executed amount within its budget.
 */
class SampleSelfEvaluationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = SampleSelfEvaluationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    @Test
    void everyUnitOfTheSampleDistrictHasItsSelfEvaluationAndTheMoneySumsToTheReportsFigure() throws Exception {
        Set<String> agencies = new HashSet<>();
        for (String batch : List.of("/sample-district/daxiang.json", "/sample-district/daxiang-units.json")) {
            read(batch).get("agencies").forEach(a -> agencies.add(a.get("agency_code").asText()));
        }
        SampleSelfEvaluations sample;
        try (InputStream in = SampleSelfEvaluationsTest.class.getResourceAsStream("/sample-district/self-evaluations-2023.json")) {
            sample = JSON.readValue(in, SampleSelfEvaluations.class);
        }
        assertThat(sample.fiscalYear()).isEqualTo(2023);
        assertThat(agencies).hasSize(126);
        assertThat(sample.units().stream().map(SampleSelfEvaluations.Unit::unitCode).collect(Collectors.toSet())).isEqualTo(agencies);
        assertThat(sample.units()).hasSize(126);
        BigDecimal total = sample.units().stream().map(SampleSelfEvaluations.Unit::adjustedBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("816482900.00");
        assertThat(sample.units()).allSatisfy(u -> {
            assertThat(u.adjustedBudget().signum()).isPositive();
            assertThat(u.adjustedBudget().scale()).isLessThanOrEqualTo(2);
            assertThat(u.executed()).isLessThanOrEqualTo(u.adjustedBudget());
            assertThat(u.tasksDone()).isBetween(u.tasksPlanned() - 1, u.tasksPlanned());
        });
        assertThat(sample.units().stream().map(SampleSelfEvaluations.Unit::adjustedBudget).distinct().count()).as("varied").isEqualTo(126);
    }
}
