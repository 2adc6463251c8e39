package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.Instant;

public final class AllocationFixtures {

    public static final ActorId FINANCE = ActorId.of("finance-reviewer");
    public static final Instant T1 = Instant.parse("2024-11-01T00:00:00Z");
    public static final Instant T2 = Instant.parse("2024-11-02T00:00:00Z");
    public static final FiscalYear BUDGET_YEAR = FiscalYear.of(2025);
    public static final UnitCode UNIT = UnitCode.of("108002");
    public static final ProjectCode RENOVATION_2023 = ProjectCode.of("43050323T000000000015");

    private AllocationFixtures() {
    }

    public static GradedScore graded(String score, Grade grade) {
        return new GradedScore(Score.of(score), grade, GradeSchemeId.of("district-2024"));
    }

    public static EvaluationResult result(EvaluationType type, String score, Grade grade, Instant at) {
        return new EvaluationResult(type, type.name() + "-" + score, AllocationObject.project(UNIT, RENOVATION_2023, "2023年度城镇老旧小区改造项目"),
                graded(score, grade), FiscalYear.of(2023), at, Money.of("1000000.00"));
    }

    public static AllocationDecision proposed(Grade grade) {
        return AllocationDecision.propose(AllocationDecisionId.newId(), BUDGET_YEAR,
                result(EvaluationType.KEY_EVALUATION, "80.00", grade, T1), AllocationPolicy.standard(), FINANCE, T1);
    }
}
