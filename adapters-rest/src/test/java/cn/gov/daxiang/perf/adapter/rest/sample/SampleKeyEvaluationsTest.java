package cn.gov.daxiang.perf.adapter.rest.sample;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample file holds the 2024 report's key evaluations, and the loader's score sheets reproduce their totals exactly. */
class SampleKeyEvaluationsTest {

    private static SampleKeyEvaluations sample() throws Exception {
        try (InputStream in = SampleKeyEvaluationsTest.class.getResourceAsStream("/sample-district/key-evaluations-2024.json")) {
            return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, SampleKeyEvaluations.class);
        }
    }

    @Test
    void the_sample_holds_the_reports_eleven_items_of_the_reports_kinds_with_its_grades_and_averages() throws Exception {
        SampleKeyEvaluations sample = sample();
        assertThat(sample.items()).hasSize(11);
        Map<String, Long> kinds = sample.items().stream().collect(Collectors.groupingBy(SampleKeyEvaluations.Item::subjectKind, Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("SPECIAL_BOND", 4L, "SOCIAL_SECURITY_FUND", 1L,
                "GOVERNMENT_PURCHASED_SERVICE", 1L, "DEPARTMENT_OVERALL", 5L));
        assertThat(average(sample, true)).isEqualByComparingTo("88.37");
        assertThat(average(sample, false)).isEqualByComparingTo("86.47");
        Map<Grade, Long> grades = sample.items().stream()
                .collect(Collectors.groupingBy(i -> GradeScheme.district2024().graded(cn.gov.daxiang.perf.domain.scoring.Score.of(i.score())).grade(),
                        Collectors.counting()));
        assertThat(grades).containsExactlyInAnyOrderEntriesOf(Map.of(Grade.EXCELLENT, 1L, Grade.GOOD, 10L));
    }

    private static BigDecimal average(SampleKeyEvaluations sample, boolean departments) {
        List<BigDecimal> scores = sample.items().stream().filter(i -> (i.department() != null) == departments).map(SampleKeyEvaluations.Item::score).toList();
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    @Test
    void every_sample_score_sheet_totals_the_items_score_within_each_indicators_points_with_a_note_for_each_deduction() throws Exception {
        for (SampleKeyEvaluations.Item item : sample().items()) {
            boolean department = item.department() != null;
            EvaluationFramework framework = department ? DefaultFrameworks.departmentOverall() : DefaultFrameworks.districtProject();
            KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan(item.title(), FiscalYear.of(2024),
                    department ? new EvaluationObject.OfDepartment(cn.gov.daxiang.perf.domain.budgetunit.UnitCode.of(item.department()), FiscalYear.of(2023))
                            : new EvaluationObject.OfProject(ProjectCode.of(item.project())),
                    SubjectKind.valueOf(item.subjectKind()), java.time.LocalDate.of(2024, 11, 30)), ActorId.of("finance"), Instant.EPOCH);
            evaluation.commission(new AgencyId("ZHENRUI"), ActorId.of("finance"), Instant.EPOCH);
            evaluation.setFramework(framework, null);
            evaluation.startFieldwork();

            evaluation.score(SampleKeyEvaluationsLoader.sheet(evaluation, item.score()));

            assertThat(evaluation.total().value()).as(item.title()).isEqualByComparingTo(item.score());
        }
    }
}
