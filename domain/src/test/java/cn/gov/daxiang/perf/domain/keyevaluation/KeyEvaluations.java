package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Key evaluations in each state, for the domain tests. */
final class KeyEvaluations {

    static final AgencyId ZHENRUI = new AgencyId("ZHENRUI");
    static final ActorId FINANCE = ActorId.of("finance-admin");
    static final ActorId EVALUATOR = ActorId.of("zhenrui-evaluator");
    static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
    static final ProjectCode RENOVATION = ProjectCode.of("43050324T000000000101");

    private KeyEvaluations() {
    }

    static KeyEvaluation planned() {
        return KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("2024年度城镇老旧小区改造项目重点评价", FiscalYear.of(2024),
                new EvaluationObject.OfProject(RENOVATION), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31)), FINANCE, NOW);
    }

    static KeyEvaluation commissioned() {
        KeyEvaluation evaluation = planned();
        evaluation.commission(ZHENRUI, FINANCE, NOW);
        return evaluation;
    }

    static KeyEvaluation frameworkSet() {
        KeyEvaluation evaluation = commissioned();
        evaluation.setFramework(DefaultFrameworks.districtProject(), null);
        return evaluation;
    }

    static KeyEvaluation inFieldwork() {
        KeyEvaluation evaluation = frameworkSet();
        evaluation.startFieldwork();
        return evaluation;
    }

    /** Every level-3 indicator scored, {@code deduction} points taken off the last indicators first (each with a note). */
    static List<ScoreEntry> sheetLosing(KeyEvaluation evaluation, String deduction) {
        List<IndicatorNode> leaves = evaluation.getFramework().orElseThrow().indicators().leaves();
        BigDecimal missing = new BigDecimal(deduction);
        java.util.LinkedList<ScoreEntry> sheet = new java.util.LinkedList<>();
        for (int i = leaves.size() - 1; i >= 0; i--) {
            IndicatorNode leaf = leaves.get(i);
            BigDecimal taken = missing.min(leaf.points());
            missing = missing.subtract(taken);
            sheet.addFirst(new ScoreEntry(leaf.code(), leaf.points().subtract(taken), taken.signum() > 0 ? "扣分说明" : null));
        }
        return sheet;
    }

    static KeyEvaluation submitted(String deduction) {
        KeyEvaluation evaluation = inFieldwork();
        evaluation.score(sheetLosing(evaluation, deduction));
        evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
        return evaluation;
    }
}
