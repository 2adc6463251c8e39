package cn.gov.daxiang.perf.adapter.rest.annualreport;

import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReport;
import cn.gov.daxiang.perf.domain.annualreport.AllocationDecisionSection;
import cn.gov.daxiang.perf.domain.annualreport.AverageScoreSection;
import cn.gov.daxiang.perf.domain.annualreport.GoalCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.GradeDistributionSection;
import cn.gov.daxiang.perf.domain.annualreport.KeyEvaluationSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportAmount;
import cn.gov.daxiang.perf.domain.annualreport.ReportLanguage;
import cn.gov.daxiang.perf.domain.annualreport.RectificationStatusSection;
import cn.gov.daxiang.perf.domain.annualreport.SelfEvaluationCoverageSection;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.grade.Grade;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The annual report as .xlsx: the summary paragraphs (概要) and one sheet per section with its figures; the grade
 * distribution and the coverage by department carry native Excel charts (DrawingML charts referencing the sheet's cells,
 * so they follow an edit of the figures in Excel).
 */
public final class AnnualReportWorkbook {

    public static final String SUMMARY = "概要";
    public static final String COVERAGE = "绩效目标覆盖";
    public static final String SELF_EVALUATION = "绩效自评";
    public static final String KEY_EVALUATIONS = "重点评价";
    public static final String GRADES = "评价等级";
    public static final String AVERAGES = "平均得分";
    public static final String ALLOCATION = "结果应用";
    public static final String RECTIFICATION = "整改情况";

    private AnnualReportWorkbook() {
    }

    public static String filename(AnnualReport report) {
        return report.workYear().value() + "年度绩效管理工作统计.xlsx";
    }

    public static byte[] write(AnnualReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(SUMMARY), report, styles);
            report.section(GoalCoverageSection.class).ifPresent(s -> coverage(workbook.createSheet(COVERAGE), s, styles));
            report.section(SelfEvaluationCoverageSection.class).ifPresent(s -> selfEvaluations(workbook.createSheet(SELF_EVALUATION), s, styles));
            report.section(KeyEvaluationSection.class).ifPresent(s -> keyEvaluations(workbook.createSheet(KEY_EVALUATIONS), s, styles));
            report.section(GradeDistributionSection.class).ifPresent(s -> grades(workbook.createSheet(GRADES), s, styles));
            report.section(AverageScoreSection.class).ifPresent(s -> averages(workbook.createSheet(AVERAGES), s, styles));
            report.section(AllocationDecisionSection.class).ifPresent(s -> allocation(workbook.createSheet(ALLOCATION), s, styles));
            report.section(RectificationStatusSection.class).ifPresent(s -> rectification(workbook.createSheet(RECTIFICATION), s, styles));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle wrap, CellStyle decimal2, CellStyle money) {
        Styles(XSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            wrap.setWrapText(true);
            decimal2.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }
    }

    private static void summary(XSSFSheet sheet, AnnualReport report, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, report.workYear().value() + "年度绩效管理工作统计", styles.bold());
        Row periods = sheet.createRow(r++);
        text(periods, 0, "绩效目标：" + report.workYear().goalYear() + "年度；绩效自评：" + report.workYear().selfEvaluationYear()
                + "年度；重点评价：" + report.workYear().keyEvaluationYear() + "年度", null);
        r++;
        for (String paragraph : report.paragraphs(ReportLanguage.CHINESE)) {
            text(sheet.createRow(r++), 0, paragraph, styles.wrap());
        }
        r++;
        for (String paragraph : report.paragraphs(ReportLanguage.ENGLISH)) {
            text(sheet.createRow(r++), 0, paragraph, styles.wrap());
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void coverage(XSSFSheet sheet, GoalCoverageSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, s.goalYear() + "年度绩效目标覆盖", styles.bold());
        header(sheet.createRow(r++), styles, "类别", "应设定", "已批复", "覆盖率（%）", "金额（万元）", "已覆盖金额（万元）", "金额（元）", "已覆盖金额（元）");
        for (CoverageFigures f : s.district().categories()) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.category().label(), null);
            number(row, 1, f.total());
            number(row, 2, f.covered());
            number(row, 3, f.shareByCount().orElse(null), styles.decimal2());
            wanYuan(row, 4, s.amount(f), styles, sheet);
            wanYuan(row, 5, s.coveredAmount(f), styles, sheet);
            number(row, 6, f.totalAmount().amount(), styles.money());
            number(row, 7, f.coveredAmount().amount(), styles.money());
        }
        r++;
        text(sheet.createRow(r++), 0, "按主管部门（含所属单位）", styles.bold());
        header(sheet.createRow(r++), styles, "主管部门", "部门代码", "应设定", "已批复", "覆盖率（%）");
        int first = r;
        for (GoalCoverageSection.DepartmentCoverage d : s.byDepartment()) {
            Row row = sheet.createRow(r++);
            text(row, 0, d.name(), null);
            text(row, 1, d.department().value(), null);
            number(row, 2, d.total());
            number(row, 3, d.covered());
            number(row, 4, d.shareByCount().orElse(null), styles.decimal2());
        }
        if (r > first) {
            XSSFChart chart = chart(sheet, 6, first - 2, 18, first + Math.max(18, s.byDepartment().size()), "绩效目标覆盖（按主管部门）");
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
            data.setBarDirection(BarDirection.BAR);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, r - 1, 0, 0));
            series(data, names, sheet, first, r - 1, 2, "应设定");
            series(data, names, sheet, first, r - 1, 3, "已批复");
            chart.plot(data);
        }
        widths(sheet, 30, 12, 10, 12, 16, 18, 18, 18);
    }

    private static void selfEvaluations(XSSFSheet sheet, SelfEvaluationCoverageSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, s.fiscalYear() + "年度绩效自评", styles.bold());
        r = pair(sheet, r, "部门整体自评范围（已批复部门整体绩效目标的单位）", s.unitsInScope());
        r = pair(sheet, r, "已开展自评的单位", s.unitsEvaluated());
        r = pair(sheet, r, "财政审核通过的单位", s.unitsCompleted());
        Row share = sheet.createRow(r++);
        text(share, 0, "覆盖率（%）", null);
        number(share, 1, s.shareByCount().orElse(null), styles.decimal2());
        r = money(sheet, r, "涉及财政资金", s.money(), styles);
        r = pair(sheet, r, "项目支出自评（个）", s.projectEvaluations());
        r = money(sheet, r, "项目支出自评涉及资金", s.projectMoney(), styles);
        if (!s.unitsNotEvaluated().isEmpty()) {
            r++;
            text(sheet.createRow(r++), 0, "未开展自评的单位", styles.bold());
            for (var unit : s.unitsNotEvaluated()) {
                text(sheet.createRow(r++), 0, unit.value(), null);
            }
        }
        widths(sheet, 44, 18, 20);
    }

    private static void keyEvaluations(XSSFSheet sheet, KeyEvaluationSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, s.planYear() + "年度重点绩效评价", styles.bold());
        header(sheet.createRow(r++), styles, "评价对象类别", "项目数", "金额（万元）", "金额（元）");
        for (KeyEvaluationSection.KindLine line : s.byKind()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.kind().label(), null);
            number(row, 1, line.count());
            wanYuan(row, 2, line.money(), styles, sheet);
            number(row, 3, line.money().exact().amount(), styles.money());
        }
        Row total = sheet.createRow(r);
        text(total, 0, "合计", styles.bold());
        number(total, 1, s.count());
        wanYuan(total, 2, s.total(), styles, sheet);
        number(total, 3, s.total().exact().amount(), styles.money());
        widths(sheet, 20, 10, 16, 20);
    }

    private static void grades(XSSFSheet sheet, GradeDistributionSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, "评价等级分布", styles.bold());
        header(sheet.createRow(r++), styles, "等级", s.keyEvaluationYear() + "年度重点评价", s.selfEvaluationYear() + "年度部门整体自评");
        int first = r;
        for (Grade grade : Grade.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, grade.label(), null);
            number(row, 1, s.keyEvaluations().get(grade));
            number(row, 2, s.selfEvaluations().get(grade));
        }
        int last = r - 1;
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));

        XSSFChart bar = chart(sheet, 4, 0, 12, 16, "重点评价等级分布");
        XDDFCategoryAxis bottom = bar.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = bar.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) bar.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        series(data, labels, sheet, first, last, 1, "重点评价");
        bar.plot(data);

        XSSFChart pie = chart(sheet, 12, 0, 20, 16, "部门整体自评等级分布");
        XDDFPieChartData pieData = (XDDFPieChartData) pie.createData(ChartTypes.PIE, null, null);
        pieData.setVaryColors(true);
        series(pieData, labels, sheet, first, last, 2, "部门整体自评");
        pie.plot(pieData);
        widths(sheet, 10, 18, 20);
    }

    private static void averages(XSSFSheet sheet, AverageScoreSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, s.planYear() + "年度重点评价平均得分", styles.bold());
        header(sheet.createRow(r++), styles, "类别", "项目数", "平均得分");
        for (AverageScoreSection.CategoryLine line : s.categories()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.category().label(), null);
            number(row, 1, line.count());
            number(row, 2, line.average().value(), styles.decimal2());
        }
        widths(sheet, 16, 10, 12);
    }

    /** The confirmed decisions by treatment, with a bar chart of the money before and after adjustment. */
    private static void allocation(XSSFSheet sheet, AllocationDecisionSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, s.budgetYear() + "年度预算安排结果应用（已确认）", styles.bold());
        header(sheet.createRow(r++), styles, "处理方式", "个数", "原安排（万元）", "调整后（万元）", "原安排（元）", "调整后（元）");
        int first = r;
        for (AllocationDecisionSection.TreatmentLine line : s.byTreatment()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.treatment().label(), null);
            number(row, 1, line.count());
            wanYuan(row, 2, line.base(), styles, sheet);
            wanYuan(row, 3, line.adjusted(), styles, sheet);
            number(row, 4, line.base().exact().amount(), styles.money());
            number(row, 5, line.adjusted().exact().amount(), styles.money());
        }
        int last = r - 1;
        Row total = sheet.createRow(r++);
        text(total, 0, "合计", styles.bold());
        number(total, 1, s.confirmed());
        wanYuan(total, 2, s.base(), styles, sheet);
        wanYuan(total, 3, s.adjusted(), styles, sheet);
        number(total, 4, s.base().exact().amount(), styles.money());
        number(total, 5, s.adjusted().exact().amount(), styles.money());
        r = pair(sheet, r + 1, "待确认的建议", s.awaitingConfirmation());
        pair(sheet, r, "经财政局调整（记录理由）", s.overridden());
        if (s.confirmed() > 0) {
            XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
            XSSFChart bar = chart(sheet, 7, 0, 15, 16, "结果应用资金（万元）");
            XDDFCategoryAxis bottom = bar.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = bar.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) bar.createData(ChartTypes.BAR, bottom, left);
            data.setBarDirection(BarDirection.COL);
            series(data, labels, sheet, first, last, 2, "原安排");
            series(data, labels, sheet, first, last, 3, "调整后");
            bar.plot(data);
        }
        widths(sheet, 20, 8, 16, 16, 18, 18);
    }

    private static void rectification(XSSFSheet sheet, RectificationStatusSection s, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, s.evaluationYear() + "年度评价整改情况（截至" + s.asOf() + "）", styles.bold());
        header(sheet.createRow(r++), styles, "状态", "事项数");
        for (RectificationState state : RectificationState.values()) {
            r = pair(sheet, r, state.label(), (int) s.inState(state));
        }
        r = pair(sheet, r, "合计", (int) s.items());
        r = pair(sheet, r, "逾期未整改", (int) s.overdue());
        pair(sheet, r, "逾期报告", (int) s.reportedLate());
        widths(sheet, 20, 10);
    }

    private static XSSFChart chart(XSSFSheet sheet, int col1, int row1, int col2, int row2, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, Math.max(0, row1), col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static void series(XDDFChartData data, XDDFDataSource<String> categories, XSSFSheet sheet, int first, int last,
                               int column, String title) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, column, column));
        data.addSeries(categories, values).setTitle(title, null);
    }

    private static int pair(XSSFSheet sheet, int r, String label, int value) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        number(row, 1, value);
        return r + 1;
    }

    private static int money(XSSFSheet sheet, int r, String label, ReportAmount amount, Styles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label + "（万元）", null);
        wanYuan(row, 1, amount, styles, sheet);
        text(row, 2, "元：" + amount.exact().amount().toPlainString(), null);
        return r + 1;
    }

    private static void header(Row row, Styles styles, String... names) {
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], styles.bold());
        }
    }

    private static void widths(XSSFSheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** 万元 at the figure's own decimals: the cell holds the rounded value and shows exactly those decimals. */
    private static void wanYuan(Row row, int column, ReportAmount amount, Styles styles, XSSFSheet sheet) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.wanYuan().doubleValue());
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(amount.decimals() == 0 ? "0" : "0." + "0".repeat(amount.decimals())));
        cell.setCellStyle(style);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(Spreadsheets.escapeFormula(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, int value) {
        row.createCell(column).setCellValue(value);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

}
