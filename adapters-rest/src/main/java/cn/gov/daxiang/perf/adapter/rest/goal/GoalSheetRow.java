package cn.gov.daxiang.perf.adapter.rest.goal;

/**
 * One row of the goal declaration table (绩效目标申报表) as text, one indicator per row; the goal's own columns
 * repeat on each of its rows. Rows of one goal share kind, year, unit and project (and goal id, if given).
 *
 * @param row the row number as the spreadsheet shows it, for error reports
 */
public record GoalSheetRow(int row, String goalId, String kind, String fiscalYear, String unitCode, String projectCode,
                           String annualOverallGoal, String longTermGoal, String departmentDuties, String issuingLevel,
                           String documentNumber, String upperGoalText, String level1, String level2, String indicatorName,
                           String valueType, String comparator, String targetValue, String targetText, String unitOfMeasure,
                           String weight, String explanation, String scoringRule, String indicatorId) {

    /** The columns of the table, in order, with their headers; the spreadsheet adapter reads and writes these. */
    public static final java.util.List<String> HEADERS = java.util.List.of("目标ID", "目标类型", "预算年度", "单位代码", "项目代码",
            "年度总体目标", "长期目标", "部门职责", "上级下达级次", "上级文号", "上级目标", "一级指标", "二级指标", "三级指标",
            "指标值类型", "指标性质", "指标值", "文字指标值", "计量单位", "权重", "指标解释", "评分标准", "指标ID");

    public String groupKey() {
        return String.join("|", blank(goalId), blank(kind), blank(fiscalYear), blank(unitCode), blank(projectCode));
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
