package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException;
import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException.RowProblem;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand.Declaration;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The declaration table's rows into the import command, without a server: headers' cells, labels, and each bad cell's row and column. */
class GoalSheetReaderTest {

    private static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();
    private static final String PROJECT_A = "43050324T000000000001";
    private static final String PROJECT_B = "43050324T000000000002";

    /** One indicator row of a project goal; the goal's own columns repeat. */
    private static GoalSheetRow row(int number, String project, String level1, String level2, String name, String comparator,
                                    String target, String weight) {
        return new GoalSheetRow(number, null, "项目", "2024", "105002", project, "完成12个老旧小区改造。", null, null, null, null, null,
                level1, level2, name, null, comparator, target, null, "个", weight, null, null, null);
    }

    private static GoalSheetRow withKind(GoalSheetRow r, String kind) {
        return new GoalSheetRow(r.row(), r.goalId(), kind, r.fiscalYear(), r.unitCode(), r.projectCode(), r.annualOverallGoal(),
                r.longTermGoal(), r.departmentDuties(), r.issuingLevel(), r.documentNumber(), r.upperGoalText(), r.level1(), r.level2(),
                r.indicatorName(), r.valueType(), r.comparator(), r.targetValue(), r.targetText(), r.unitOfMeasure(), r.weight(),
                r.explanation(), r.scoringRule(), r.indicatorId());
    }

    private static List<RowProblem> problemsOf(List<GoalSheetRow> rows) {
        return GoalSheetReader.read(rows, TAXONOMY).problems();
    }

    @Test
    void levelsMatchTheirCodeTheirLabelOrTheLabelAsFormsWriteIt() {
        GoalSheetReader.Reading reading = GoalSheetReader.read(List.of(
                row(3, PROJECT_A, "产出指标", "数量指标", "改造小区数量", "≥", "12", "50"),
                row(4, PROJECT_A, "效益", "社会效益", "受益居民户数", ">=", "1,500", "30"),
                row(5, PROJECT_A, "satisfaction", "BENEFICIARY_SATISFACTION", "居民满意度", "≥", "90", "20")), TAXONOMY);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.command().unreadable()).isZero();
        assertThat(reading.command().declarations()).hasSize(1);
        List<Indicator> indicators = reading.command().declarations().get(0).goal().content().indicators();
        assertThat(indicators).extracting(Indicator::level1, Indicator::level2, Indicator::comparator).containsExactly(
                tuple("OUTPUT", "QUANTITY", Comparator.AT_LEAST), tuple("BENEFIT", "SOCIAL", Comparator.AT_LEAST),
                tuple("SATISFACTION", "BENEFICIARY_SATISFACTION", Comparator.AT_LEAST));
        assertThat(indicators.get(1).targetValue()).isEqualByComparingTo("1500");
    }

    @Test
    void rowsOfOneGoalAreOneDeclarationAndAGoalIdReplacesThatGoal() {
        GoalId existing = GoalId.newId();
        GoalSheetRow replacing = row(5, PROJECT_B, "产出", "数量", "改造小区数量", "≥", "12", "100");
        replacing = new GoalSheetRow(5, existing.toString(), replacing.kind(), replacing.fiscalYear(), replacing.unitCode(),
                replacing.projectCode(), replacing.annualOverallGoal(), null, null, null, null, null, replacing.level1(), replacing.level2(),
                replacing.indicatorName(), null, "≥", "12", null, "个", "100", null, null, null);
        GoalSheetReader.Reading reading = GoalSheetReader.read(List.of(
                row(3, PROJECT_A, "产出", "数量", "改造小区数量", "≥", "12", "50"),
                row(4, PROJECT_A, "效益", "社会效益", "受益居民户数", "≥", "1500", "50"),
                replacing), TAXONOMY);

        assertThat(reading.command().declarations()).extracting(Declaration::replaces).containsExactly(null, existing);
        assertThat(reading.command().declarations().get(0).goal().kind()).isEqualTo(GoalKind.PROJECT);
        assertThat(reading.command().declarations().get(0).goal().content().indicators()).hasSize(2);
        assertThat(reading.firstRows()).containsExactly(3, 5);
    }

    @Test
    void eachBadCellIsAProblemOfItsRowAndColumnAndEveryOneIsReported() {
        List<RowProblem> problems = problemsOf(List.of(
                row(3, PROJECT_A, "产出", "数量", "改造小区数量", "≥", "12", "50"),
                row(4, PROJECT_A, "投入指标", "数量", "受益居民户数", "≥", "1500", "30"),
                row(5, PROJECT_A, "产出", "数量", "居民满意度", "大于", "三百五十", "10"),
                row(6, PROJECT_A, "产出", "不存在", "工程验收合格率", "≥", "100", "10.001")));

        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::code).containsExactly(
                tuple(4, "一级指标", "INDICATOR_GROUP_UNKNOWN"),
                tuple(5, "指标值", "NUMBER_MALFORMED"),
                tuple(5, "指标性质", "COMPARATOR_UNKNOWN"),
                tuple(6, "二级指标", "INDICATOR_CATEGORY_UNKNOWN"));
    }

    @Test
    void aValueTheDomainRefusesIsNamedByItsColumnHeaderInTheMessageArgumentsToo() {
        List<RowProblem> problems = problemsOf(List.of(
                row(3, PROJECT_A, "产出", "数量", "改造小区数量", "≥", "1e18", "50"),
                row(4, PROJECT_A, "产出", "质量", "工程验收合格率", "≥", "100", "10.001")));

        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::code).containsExactly(
                tuple(3, "指标值", "NUMBER_OUT_OF_RANGE"), tuple(4, "权重", "INDICATOR_WEIGHT_INVALID"));
        assertThat(problems.get(0).arguments()).containsEntry("field", "指标值");
    }

    @Test
    void aMissingGoalColumnIsRequiredByItsHeaderOnTheGoalsFirstRow() {
        List<RowProblem> problems = problemsOf(List.of(withKind(row(3, PROJECT_A, "产出", "数量", "改造小区数量", "≥", "12", "100"), null)));

        assertThat(problems).containsExactly(new RowProblem(3, "目标类型", "REQUEST_FIELD_REQUIRED", Map.of("field", "目标类型")));
    }

    @Test
    void aGoalWithABadRowIsLeftOutAndCountedSoThatNothingIsWritten() {
        GoalSheetReader.Reading reading = GoalSheetReader.read(List.of(
                row(3, PROJECT_A, "产出", "数量", "改造小区数量", "≥", "12", "100"),
                row(4, PROJECT_B, "产出", "数量", "改造小区数量", "大于", "12", "100")), TAXONOMY);

        assertThat(reading.command().declarations()).hasSize(1);
        assertThat(reading.command().unreadable()).isEqualTo(1);
        assertThat(reading.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(tuple(4, "指标性质"));
    }

    @Test
    void theUseCasesRefusalsBecomeProblemsOfEachGoalsFirstRowBesideTheRowsOwnInRowOrder() {
        GoalSheetReader.Reading reading = GoalSheetReader.read(List.of(
                row(3, PROJECT_A, "产出", "数量", "改造小区数量", "≥", "12", "100"),
                row(4, PROJECT_B, "产出", "数量", "改造小区数量", "大于", "12", "100"),
                row(5, "43050324T000000000003", "产出", "数量", "改造小区数量", "≥", "12", "100"),
                row(6, "43050324T000000000003", "效益", "社会效益", "受益居民户数", "≥", "1500", "100")), TAXONOMY);

        GoalSheetRejectedException rejected = reading.rejected(new GoalImportRejectedException(List.of(
                new GoalImportRejectedException.Problem(0, "projectCode", "PROJECT_NOT_FOUND", Map.of("projectCode", PROJECT_A)),
                new GoalImportRejectedException.Problem(1, "unitCode", "BUDGET_UNIT_NOT_FOUND", Map.of("unitCode", "105002")),
                new GoalImportRejectedException.Problem(1, null, "GOAL_ALREADY_DECLARED", Map.of()))));

        assertThat(rejected.code()).isEqualTo("GOAL_IMPORT_REJECTED");
        assertThat(rejected.arguments()).containsEntry("count", 4);
        assertThat(rejected.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::code).containsExactly(
                tuple(3, "项目代码", "PROJECT_NOT_FOUND"), tuple(4, "指标性质", "COMPARATOR_UNKNOWN"),
                tuple(5, "单位代码", "BUDGET_UNIT_NOT_FOUND"), tuple(5, null, "GOAL_ALREADY_DECLARED"));
    }

    @Test
    void anEmptyTableIsRefusedAsRowZero() {
        GoalSheetRejectedException rejected = catchThrowableOfType(() -> GoalSheetReader.read(List.of(), TAXONOMY),
                GoalSheetRejectedException.class);

        assertThat(rejected.problems()).containsExactly(new RowProblem(0, null, "GOAL_IMPORT_EMPTY", Map.of()));
    }

    @Test
    void aCellIsReadByTheDomainsOwnParserAsABodysFieldIs() {
        InvalidValueException body = catchThrowableOfType(() -> Comparator.parse("大于"), InvalidValueException.class);
        List<RowProblem> sheet = problemsOf(List.of(row(3, PROJECT_A, "产出", "数量", "改造小区数量", "大于", "12", "100")));

        assertThat(sheet).extracting(RowProblem::code).containsExactly(body.code());
        assertThat(sheet.get(0).arguments()).isEqualTo(body.arguments());
    }

    @Test
    void aTableCollectsTheRefusalsOfEveryRow() {
        List<RowProblem> sheet = problemsOf(List.of(row(3, PROJECT_A, "产出", "数量", "指标大于", "大于", "1", "50"),
                row(4, PROJECT_A, "产出", "数量", "指标小于", "小于", "1", "50")));

        assertThat(sheet).extracting(RowProblem::row).containsExactly(3, 4);
    }
}
