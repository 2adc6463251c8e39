package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCheckReportTest {

    private static final GradeSchemeId NATIONAL = GradeSchemeId.of("national");

    private static SelfEvaluation.ResultCheck check(long n, String recorded, String recomputed, Grade grade) {
        return new SelfEvaluation.ResultCheck(SelfEvaluationId.of(new UUID(0, n)),
                new GradedScore(Score.of(recorded), grade, NATIONAL), new GradedScore(Score.of(recomputed), grade, NATIONAL));
    }

    @Test
    void theReportCountsSumsAveragesGradesAndNamesTheMismatches() {
        ScoreCheckReport report = ScoreCheckReport.of(FiscalYear.of(2023), List.of(
                check(2, "88.37", "88.37", Grade.GOOD), check(1, "91.00", "91.00", Grade.EXCELLENT), check(3, "85.00", "84.99", Grade.GOOD)));

        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.totalOfScores()).isEqualByComparingTo("264.36");          // 88.37 + 91.00 + 84.99
        assertThat(report.averageScore()).contains(Score.of("88.12"));              // 264.36 / 3 = 88.12
        assertThat(report.grades()).isEqualTo(Map.of(Grade.EXCELLENT, 1, Grade.GOOD, 2));
        assertThat(report.mismatches()).extracting(c -> c.evaluationId().value()).containsExactly(new UUID(0, 3));
    }

    @Test
    void theDigestDependsOnTheResultsNotOnTheirOrder() {
        ScoreCheckReport one = ScoreCheckReport.of(FiscalYear.of(2023), List.of(check(1, "90.00", "90.00", Grade.EXCELLENT),
                check(2, "70.00", "70.00", Grade.MEDIUM)));
        ScoreCheckReport other = ScoreCheckReport.of(FiscalYear.of(2023), List.of(check(2, "70.00", "70.00", Grade.MEDIUM),
                check(1, "90.00", "90.00", Grade.EXCELLENT)));
        ScoreCheckReport changed = ScoreCheckReport.of(FiscalYear.of(2023), List.of(check(1, "90.00", "90.00", Grade.EXCELLENT),
                check(2, "70.00", "70.01", Grade.MEDIUM)));

        assertThat(one.digest()).hasSize(64).isEqualTo(other.digest()).isNotEqualTo(changed.digest());
        assertThat(ScoreCheckReport.of(FiscalYear.of(2023), List.of()).averageScore()).isEmpty();
    }
}
