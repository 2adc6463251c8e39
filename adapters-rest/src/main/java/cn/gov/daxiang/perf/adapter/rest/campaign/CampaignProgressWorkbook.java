package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignCoverage;
import cn.gov.daxiang.perf.domain.campaign.CampaignProgress;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A campaign's progress list (工作任务完成情况) as .xlsx: the task, one row per unit (序号, 单位代码, 单位名称, 涉及资金,
 * 状态) and the summary (units and money per status, completion and submission shares).
 */
public final class CampaignProgressWorkbook {

    public static final List<String> HEADERS = List.of("序号", "单位代码", "单位名称", "涉及资金（元）", "状态");

    private CampaignProgressWorkbook() {
    }

    public static byte[] write(CampaignDetails details) {
        Campaign campaign = details.campaign();
        CampaignCoverage coverage = details.coverage();
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("工作任务完成情况");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int r = 0;
            text(sheet.createRow(r), 0, campaign.getTitle(), bold);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.size() - 1));
            r++;
            Row info = sheet.createRow(r++);
            text(info, 0, campaign.getKind().label() + " · " + campaign.getFiscalYear() + "年度 · 截止日期 " + campaign.getDeadline()
                    + " · 统计日期 " + details.asOf(), null);
            sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, HEADERS.size() - 1));
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.size(); c++) {
                text(header, c, HEADERS.get(c), bold);
            }
            int n = 1;
            for (Map.Entry<cn.gov.daxiang.perf.domain.budgetunit.UnitCode, CampaignProgress> line : coverage.statuses().entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(n++);
                text(row, 1, line.getKey().value(), null);
                text(row, 2, details.unitNames().get(line.getKey()), null);
                amount(row, 3, coverage.amounts().get(line.getKey()), money);
                text(row, 4, line.getValue().label(), null);
            }
            r++;
            Row units = sheet.createRow(r++);
            text(units, 2, "下发单位合计", bold);
            amount(units, 3, coverage.totalAmount(), money);
            units.createCell(4).setCellValue(coverage.totalUnits());
            for (CampaignProgress status : CampaignProgress.values()) {
                Row row = sheet.createRow(r++);
                text(row, 2, status.label(), bold);
                row.createCell(4).setCellValue(coverage.count(status));
            }
            Row completed = sheet.createRow(r++);
            text(completed, 2, "审核通过（完成）", bold);
            amount(completed, 3, coverage.completedAmount(), money);
            text(completed, 4, coverage.completedUnits() + " 家，" + coverage.completionShare() + "（资金 "
                    + coverage.completedAmountShare().map(Percentage::toString).orElse("—") + "）", null);
            Row submitted = sheet.createRow(r);
            text(submitted, 2, "已提交（含审核通过）", bold);
            amount(submitted, 3, coverage.submittedAmount(), money);
            text(submitted, 4, coverage.submittedUnits() + " 家，" + coverage.submissionShare() + "（资金 "
                    + coverage.submittedAmountShare().map(Percentage::toString).orElse("—") + "）", null);
            int[] widths = {8, 12, 36, 20, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(Spreadsheets.escapeFormula(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void amount(Row row, int c, Money value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.amount().doubleValue());
        cell.setCellStyle(style);
    }
}
