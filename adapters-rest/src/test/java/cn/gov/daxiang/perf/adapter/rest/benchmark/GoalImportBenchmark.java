package cn.gov.daxiang.perf.adapter.rest.benchmark;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalDeclarationWorkbook;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetReader;
import cn.gov.daxiang.perf.application.port.in.goal.FindGoalQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalSheetRow;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalsUseCase;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test (it is not run by the test command): imports 10,000 goals with 10 indicators each
 * into PostgreSQL through the import use case, reads one goal back counting its SQL statements, and parses a
 * declaration table of 10,000 rows. It prints the figures; it checks only that the work was done.
 * <pre>./mvnw -B verify -pl adapters-rest -am -DskipITs -Dtest=GoalImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@QuarkusTest
class GoalImportBenchmark {

    private static final int GOALS = 10_000;
    private static final int INDICATORS = 10;
    private static final String UNIT = "399002";
    private static final int TARGET_ROWS_PER_SECOND = 50_000;

    @Inject
    ImportReferenceDataUseCase referenceData;
    @Inject
    ImportGoalsUseCase importGoals;
    @Inject
    FindGoalQuery findGoal;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void import10000GoalsWith10IndicatorsEach() {
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < GOALS; i++) {
            projects.add(Project.of(ProjectCode.of(project(i)), "基准项目" + i, UnitCode.of(UNIT), FiscalYear.of(2024),
                    ProjectCategory.SPECIFIC_PURPOSE, List.of(), ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO)));
        }
        referenceData.importReferenceData(Actor.system("benchmark"), new ReferenceDataBatch(List.of(
                BudgetUnit.of(UnitCode.of("399001"), "基准主管部门", null, true),
                BudgetUnit.of(UnitCode.of(UNIT), "基准单位", UnitCode.of("399001"), true)), projects));
        List<GoalSheetRow> rows = new ArrayList<>(GOALS * INDICATORS);
        for (int g = 0; g < GOALS; g++) {
            for (int i = 0; i < INDICATORS; i++) {
                rows.add(row(rows.size() + 3, g, i));
            }
        }
        Actor operator = new Actor("benchmark-operator", Set.of(Role.UNIT_OPERATOR), UnitCode.of(UNIT), null, "benchmark");

        ImportGoalDeclarationsCommand command = GoalSheetReader.read(rows, IndicatorTaxonomy.standard()).command();

        BulkCounters counters = BulkCounters.start(sessionFactory);
        long start = System.nanoTime();
        List<GoalView> imported = importGoals.importGoals(operator, command);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rowsPerSecond = rows.size() / seconds;
        System.out.printf("[benchmark] imported %d goals with %d indicators each (%d indicator rows) in %.2f s: %.0f indicator rows/s "
                        + "(target >= %,d: %.2f of it)%n", imported.size(), INDICATORS, rows.size(), seconds, rowsPerSecond,
                TARGET_ROWS_PER_SECOND, rowsPerSecond / TARGET_ROWS_PER_SECOND);
        System.out.println("[benchmark] import counts: " + counters.perThousand(rows.size()));
        assertThat(imported).hasSize(GOALS);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long read = System.nanoTime();
        var one = findGoal.findGoal(operator, imported.get(GOALS / 2).id());
        System.out.printf("[benchmark] read one goal with its %d indicators in %d SQL statements, %.1f ms%n",
                one.currentVersion().content().indicators().size(), statistics.getPrepareStatementCount(), (System.nanoTime() - read) / 1e6);
        assertThat(one.currentVersion().content().indicators()).hasSize(INDICATORS);

        List<GoalSheetRow> table = rows.subList(0, 10_000);
        byte[] workbook = GoalDeclarationWorkbook.write(table);
        long parse = System.nanoTime();
        List<GoalSheetRow> parsed = GoalDeclarationWorkbook.read(new ByteArrayInputStream(workbook));
        System.out.printf("[benchmark] parsed a declaration table of %d rows (%d KB) in %.2f s%n", parsed.size(), workbook.length / 1024,
                (System.nanoTime() - parse) / 1e9);
        assertThat(parsed).hasSize(table.size());
    }

    private static String project(int i) {
        return "43050324T3990" + String.format("%08d", i);
    }

    private static GoalSheetRow row(int rowNumber, int goal, int indicator) {
        String[][] levels = {{"产出", "数量"}, {"产出", "质量"}, {"产出", "时效"}, {"产出", "成本"}, {"效益", "经济效益"},
                {"效益", "社会效益"}, {"效益", "生态效益"}, {"效益", "可持续影响"}, {"满意度", "服务对象满意度"}, {"产出", "数量"}};
        String[] level = levels[indicator];
        return new GoalSheetRow(rowNumber, null, "项目", "2024", UNIT, project(goal), "完成基准项目" + goal + "的年度任务。", null, null,
                null, null, null, level[0], level[1], "指标" + indicator, "定量", "≥", Integer.toString(10 + indicator), null, "个", "10",
                null, null, null);
    }
}
