package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;

/**
 * The year whose work an annual report (年度工作统计) counts, and which records that work produced. The bureau's 2024
 * report counts what was done during 2024:
 * <ul>
 *   <li>goals: those set during the 2024 budget formulation, i.e. the goals of fiscal year 2024 ("各预算单位在编制2024年预算时，
 *       同步编制所有项目和部门整体预算的绩效目标");</li>
 *   <li>self-evaluations: those of fiscal year 2023, evaluated after that year ended (the September 2024 notice);</li>
 *   <li>key evaluations: those of plan year 2024;</li>
 *   <li>allocation decisions: those of budget year 2024, from the 2023 results ("在编制2024年度预算安排时，区财政局根据2023年
 *       绩效评价结果评分或评级，分别给予重点支持、优先保障…");</li>
 *   <li>rectifications: the items from the key evaluations of plan year 2024.</li>
 * </ul>
 */
public record WorkYear(int value) {

    public static final int EARLIEST = FiscalYear.EARLIEST + 1;
    public static final int LATEST = FiscalYear.LATEST;

    public WorkYear {
        if (value < EARLIEST || value > LATEST) {
            throw new InvalidValueException("workYear", "ANNUAL_REPORT_WORK_YEAR_OUT_OF_RANGE",
                    Map.of("value", value, "earliest", EARLIEST, "latest", LATEST));
        }
    }

    public static WorkYear of(int value) {
        return new WorkYear(value);
    }

    public static WorkYear parse(String text) {
        try {
            return new WorkYear(Integer.parseInt(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("workYear", "ANNUAL_REPORT_WORK_YEAR_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    /** The fiscal year whose goals were set during this year's budget formulation: the same year. */
    public FiscalYear goalYear() {
        return FiscalYear.of(value);
    }

    /** The fiscal year evaluated by the units during this year: the year before. */
    public FiscalYear selfEvaluationYear() {
        return FiscalYear.of(value - 1);
    }

    /** The budget year whose allocation decisions this year's budget applied: the same year (fed by the year before's results). */
    public FiscalYear allocationBudgetYear() {
        return FiscalYear.of(value);
    }

    /** The plan year of the key evaluations carried out during this year: the same year. */
    public FiscalYear keyEvaluationYear() {
        return FiscalYear.of(value);
    }
}
