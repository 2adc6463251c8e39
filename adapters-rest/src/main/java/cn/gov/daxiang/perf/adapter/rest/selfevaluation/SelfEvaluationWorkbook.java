package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationTable;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.indicator.IndicatorCategory;
import cn.gov.daxiang.perf.domain.indicator.IndicatorGroup;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.ExecutionScore;
import cn.gov.daxiang.perf.domain.scoring.IndicatorScore;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationLine;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The self-evaluation table (绩效自评表) as .xlsx, after the national form: the header (项目名称, 主管部门, 实施单位),
 * the funds block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 and the 财政拨款 / 上年结转 / 其他资金 rows),
 * the annual overall goal (预期目标 beside 实际完成情况), one row per indicator (一级, 二级, 三级指标, 指标性质, 年度指标值,
 * 实际完成值, 分值, 得分, 偏差原因分析及改进措施), and the total with its grade and scheme. Amounts in 元, numbers as
 * numbers; a draft shows what is entered so far.
 */
public final class SelfEvaluationWorkbook {

    public static final List<String> INDICATOR_HEADERS = List.of("一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值",
            "分值", "得分", "偏差原因分析及改进措施");
    private static final int COLUMNS = INDICATOR_HEADERS.size();

    private SelfEvaluationWorkbook() {
    }

    public static String title(SelfEvaluation evaluation) {
        return evaluation.getKind().label() + "表";
    }

    public static byte[] write(SelfEvaluationTable table, IndicatorTaxonomy taxonomy) {
        SelfEvaluation evaluation = table.details().evaluation();
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(evaluation.getKind().label());
            Styles styles = new Styles(workbook);
            int r = 0;
            merged(sheet, r, title(evaluation), styles.bold);
            r++;
            merged(sheet, r, "（" + evaluation.getFiscalYear() + "年度）", null);
            r++;
            boolean project = evaluation.getKind() == SelfEvaluationKind.PROJECT;
            r = pair(sheet, r, project ? "项目名称" : "单位名称", project ? table.projectName() : table.unitName(), styles);
            if (project) {
                r = pair(sheet, r, "项目代码", evaluation.getProjectCode().map(Object::toString).orElse(null), styles);
            }
            r = pair(sheet, r, "主管部门", table.departmentName(), styles);
            r = pair(sheet, r, "实施单位", table.unitName() + "（" + evaluation.getUnitCode() + "）", styles);

            r++;
            header(sheet, r++, List.of("项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), styles);
            ProjectFunds funds = table.projectFunds();
            ExecutionScore execution = evaluation.executionScore().orElse(null);
            Row total = sheet.createRow(r++);
            text(total, 0, "年度资金总额", styles.bold);
            money(total, 1, funds == null ? null : funds.total(), styles);
            money(total, 2, execution == null ? null : execution.execution().adjustedBudget(), styles);
            money(total, 3, execution == null ? null : execution.execution().executed(), styles);
            number(total, 4, evaluation.getTemplate().executionRateWeight(), styles.decimal);
            if (execution != null) {
                execution.rate().ifPresent(rate -> text(total, 5, rate.value().toPlainString() + "%", null));
                number(total, 6, execution.score().value(), styles.decimal);
            }
            String[][] parts = {{"其中：本年财政拨款", "fiscal"}, {"上年结转资金", "carryOver"}, {"其他资金", "other"}};
            for (String[] part : parts) {
                Row row = sheet.createRow(r++);
                text(row, 0, part[0], null);
                if (funds != null) {
                    money(row, 1, switch (part[1]) {
                        case "fiscal" -> funds.fiscalAppropriation();
                        case "carryOver" -> funds.carryOver();
                        default -> funds.other();
                    }, styles);
                }
            }

            r++;
            header(sheet, r++, List.of("年度总体目标", "预期目标", "", "", "实际完成情况"), styles);
            Row goal = sheet.createRow(r);
            text(goal, 1, table.annualOverallGoal(), null);
            text(goal, 4, evaluation.getOverallAchievement().orElse(null), null);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 4, COLUMNS - 1));
            r += 2;

            header(sheet, r++, INDICATOR_HEADERS, styles);
            Map<UUID, BigDecimal> weights = evaluation.allocatedWeights();
            Map<UUID, IndicatorScore> scores = evaluation.scoredLines();
            Map<UUID, SelfEvaluationLine> entries = new HashMap<>();
            evaluation.getLines().forEach(l -> entries.put(l.indicatorId(), l));
            for (EvaluatedIndicator indicator : evaluation.getIndicators()) {
                Row row = sheet.createRow(r++);
                text(row, 0, taxonomy.group(indicator.level1Code()).map(IndicatorGroup::label).orElse(indicator.level1Code()), null);
                text(row, 1, taxonomy.category(indicator.level2Code()).map(IndicatorCategory::label).orElse(indicator.level2Code()), null);
                text(row, 2, indicator.name(), null);
                text(row, 3, indicator.isQuantitative() ? indicator.comparator().symbol() : indicator.valueType().label(), null);
                text(row, 4, indicator.isQuantitative() ? indicator.target().toPlainString() + unit(indicator) : null, null);
                SelfEvaluationLine line = entries.get(indicator.id());
                Achievement achievement = line == null ? null : line.achievement();
                if (achievement instanceof Achievement.Measured m) {
                    text(row, 5, m.actual().toPlainString() + unit(indicator), null);
                } else if (achievement instanceof Achievement.Judged j) {
                    text(row, 5, j.tier().label() + "（" + j.percentage().toPlainString() + "%）", null);
                }
                number(row, 6, weights.get(indicator.id()), styles.decimal);
                IndicatorScore score = scores.get(indicator.id());
                if (score != null) {
                    number(row, 7, score.score().value(), styles.decimal);
                }
                text(row, 8, line == null ? null : line.deviationReason(), null);
            }

            r++;
            GradedScore graded = evaluation.getResult().or(() -> table.details().previewIfAny()).orElse(null);
            Row sum = sheet.createRow(r++);
            text(sum, 0, "总分", styles.bold);
            if (graded != null) {
                number(sum, 1, graded.score().value(), styles.decimal);
            } else {
                table.sheetIfScorable().ifPresent(s -> number(sum, 1, s.total().value(), styles.decimal));
            }
            Row grade = sheet.createRow(r++);
            text(grade, 0, "评价等级", styles.bold);
            if (graded != null) {
                text(grade, 1, graded.grade().label(), null);
                text(grade, 2, "等级方案：" + graded.schemeId() + (evaluation.getResult().isPresent() ? "" : "（预览）"), null);
            }
            Row status = sheet.createRow(r);
            text(status, 0, "状态", styles.bold);
            text(status, 1, evaluation.getStatus().label(), null);

            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, (c == 2 || c == 8 ? 28 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unit(EvaluatedIndicator indicator) {
        return indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure();
    }

    private static void merged(Sheet sheet, int r, String value, CellStyle style) {
        text(sheet.createRow(r), 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
    }

    private static int pair(Sheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.bold);
        text(row, 1, value, null);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS - 1));
        return r + 1;
    }

    private static void header(Sheet sheet, int r, List<String> headers, Styles styles) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.bold);
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(Spreadsheets.escapeFormula(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int c, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void money(Row row, int c, Money value, Styles styles) {
        number(row, c, value == null ? null : value.amount(), styles.money);
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle decimal;
        final CellStyle money;

        Styles(Workbook workbook) {
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            DataFormat format = workbook.createDataFormat();
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("0.00"));
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
        }
    }
}
