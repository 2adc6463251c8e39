package cn.gov.daxiang.perf.adapter.rest.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Records accepted key evaluations for a test the way the sample loader does (through every use case, as finance and
 * 臻瑞's evaluator): a key evaluation is a long chain of steps, and the tests of other capabilities need only its result.
 */
@ApplicationScoped
public class KeyEvaluationRecorder {

    @Inject
    @Readiness   // the loader is a readiness check: that qualifier is its only one
    SampleKeyEvaluationsLoader loader;

    /** Plans, carries through and accepts a key evaluation of a department's overall spending with the given total. */
    public void acceptedDepartmentEvaluation(int planYear, String title, String department, int spendingYear, String score) {
        loader.load(new SampleKeyEvaluations(planYear, "ZHENRUI", LocalDate.of(planYear, 11, 30), List.of(new SampleKeyEvaluations.Item(
                title, "DEPARTMENT_OVERALL", null, department, department, spendingYear, "DEPARTMENT-OVERALL", new BigDecimal(score),
                "部门整体绩效目标与年度工作计划衔接不够", "依据年度工作计划设定部门整体绩效目标"))));
    }

    /** The same for one project of the given subject kind. */
    public void acceptedProjectEvaluation(int planYear, String title, String subjectKind, String project, String unit, String score) {
        loader.load(new SampleKeyEvaluations(planYear, "ZHENRUI", LocalDate.of(planYear, 11, 30), List.of(new SampleKeyEvaluations.Item(
                title, subjectKind, project, null, unit, null, "DISTRICT-PROJECT", new BigDecimal(score),
                "项目资金拨付进度滞后", "加快资金拨付进度"))));
    }
}
