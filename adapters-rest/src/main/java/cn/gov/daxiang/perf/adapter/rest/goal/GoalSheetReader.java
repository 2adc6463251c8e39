package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.IndicatorRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.SheetRejectedException.RowProblem;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand.Declaration;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.indicator.IndicatorCategory;
import cn.gov.daxiang.perf.domain.indicator.IndicatorGroup;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the rows of the declaration table into the import command: the rows of one goal become the request a JSON
 * body would carry (levels matched from their labels, codes and numbers read from their text), built as a body's
 * ({@link GoalRequestMapper}), and then one {@link DeclareGoalCommand}. Every problem is
 * collected as a problem of a row and, where one is concerned, of a column; so are the use case's refusals, which
 * name a declaration and a domain field ({@link Reading#rejected}).
 */
public final class GoalSheetReader {

    /** Domain field names as the table's column headers, for the problems the domain and the use case name by field. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("annualOverallGoal", "年度总体目标"), Map.entry("longTermGoal", "长期目标"),
            Map.entry("departmentDuties", "部门职责"), Map.entry("upperLevelGoal", "上级目标"), Map.entry("issuingLevel", "上级下达级次"),
            Map.entry("documentNumber", "上级文号"), Map.entry("projectCode", "项目代码"), Map.entry("name", "三级指标"),
            Map.entry("level1", "一级指标"), Map.entry("level2", "二级指标"), Map.entry("comparator", "指标性质"),
            Map.entry("targetValue", "指标值"), Map.entry("targetText", "文字指标值"), Map.entry("unitOfMeasure", "计量单位"),
            Map.entry("weight", "权重"), Map.entry("explanation", "指标解释"), Map.entry("scoringRule", "评分标准"),
            Map.entry("indicators", "三级指标"), Map.entry("unitCode", "单位代码"));

    private static final String UPPER_LEVEL_GOAL = "上级目标";

    private GoalSheetReader() {
    }

    /**
     * The table read: the command of the goals that could be read, and the problems of those that could not.
     *
     * @param firstRows each declaration's first row, for the use case's refusals
     */
    public record Reading(ImportGoalDeclarationsCommand command, List<RowProblem> problems, List<Integer> firstRows) {

        /** The use case's refusal as the table's: its problems and the rows' own, by row. */
        public GoalSheetRejectedException rejected(GoalImportRejectedException refusal) {
            List<RowProblem> all = new ArrayList<>(problems);
            refusal.problems().forEach(p -> {
                String column = p.field() == null ? null : COLUMNS.getOrDefault(p.field(), p.field());
                all.add(new RowProblem(firstRows.get(p.declaration()), column, p.code(), inColumn(p.arguments(), column)));
            });
            all.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return new GoalSheetRejectedException(all);
        }
    }

    /**
     * Reads the rows; rows of one goal share goal id, kind, year, unit and project. An empty table is refused at once
     * ({@code GOAL_IMPORT_EMPTY}, row 0).
     */
    public static Reading read(List<GoalSheetRow> rows, IndicatorTaxonomy taxonomy) {
        if (rows.isEmpty()) {
            throw new GoalSheetRejectedException(List.of(new RowProblem(0, null, "GOAL_IMPORT_EMPTY", Map.of())));
        }
        Map<String, List<GoalSheetRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r));
        List<RowProblem> problems = new ArrayList<>();
        List<Declaration> declarations = new ArrayList<>();
        List<Integer> firstRows = new ArrayList<>();
        int unreadable = 0;
        for (List<GoalSheetRow> group : groups.values()) {
            Declaration declaration = new GoalRows(group, taxonomy, problems).declaration();
            if (declaration == null) {
                unreadable++;
            } else {
                declarations.add(declaration);
                firstRows.add(group.get(0).row());
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Reading(new ImportGoalDeclarationsCommand(declarations, unreadable), List.copyOf(problems), List.copyOf(firstRows));
    }

    /** The rows of one goal, read into its declaration; problems go to the table's list. */
    private static final class GoalRows {
        private final List<GoalSheetRow> rows;
        private final IndicatorTaxonomy taxonomy;
        private final List<RowProblem> problems;

        GoalRows(List<GoalSheetRow> rows, IndicatorTaxonomy taxonomy, List<RowProblem> problems) {
            this.rows = rows;
            this.taxonomy = taxonomy;
            this.problems = problems;
        }

        /** The goal's declaration, or null when any of its cells was refused. */
        Declaration declaration() {
            GoalSheetRow first = rows.get(0);
            int before = problems.size();
            GoalId id = blank(first.goalId()) ? null : cell(first.row(), "目标ID", () -> GoalId.of(first.goalId()));
            GoalKind kind = required(first.row(), "目标类型", first.kind(), GoalKind::parse);
            FiscalYear year = required(first.row(), "预算年度", first.fiscalYear(), FiscalYear::parse);
            UnitCode unit = required(first.row(), "单位代码", first.unitCode(), UnitCode::of);
            ProjectCode project = blank(first.projectCode()) ? null : cell(first.row(), "项目代码", () -> ProjectCode.of(first.projectCode()));
            UpperLevelGoalReference upper = blank(first.issuingLevel()) && blank(first.documentNumber()) && blank(first.upperGoalText()) ? null
                    : upperLevelGoal(first);
            List<Indicator> indicators = new ArrayList<>();
            for (GoalSheetRow row : rows) {
                if (blank(row.indicatorName()) && blank(row.level1())) {
                    continue; // a goal without indicators keeps one row for its own columns
                }
                Indicator indicator = indicator(row);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
            // the content is checked even when an indicator was refused, so that its own problems are reported too
            GoalContent content = domain(first.row(), null, () -> new GoalContent(first.annualOverallGoal(), first.longTermGoal(),
                    first.departmentDuties(), indicators));
            if (problems.size() > before) {
                return null;
            }
            return new Declaration(id, new DeclareGoalCommand(kind, year, unit, project, upper, content));
        }

        /** The upper-level goal of the first row; a refusal is a problem of the 上级目标 column. */
        private UpperLevelGoalReference upperLevelGoal(GoalSheetRow first) {
            IssuingLevel level = blank(first.issuingLevel()) ? null : cell(first.row(), UPPER_LEVEL_GOAL, () -> IssuingLevel.parse(first.issuingLevel()));
            if (!blank(first.issuingLevel()) && level == null) {
                return null;
            }
            return cell(first.row(), UPPER_LEVEL_GOAL, () -> new UpperLevelGoalReference(level, first.documentNumber(),
                    first.upperGoalText(), null));
        }

        /**
         * The indicator of a row: levels matched from their labels, codes and numbers read from their text, then built as
         * a body's indicator is ({@link GoalRequestMapper#indicator}); null when a cell or the domain refused it.
         */
        private Indicator indicator(GoalSheetRow row) {
            int before = problems.size();
            IndicatorGroup group = required(row.row(), "一级指标", row.level1(), this::group);
            IndicatorCategory category = group == null ? null : required(row.row(), "二级指标", row.level2(), t -> category(group, t));
            BigDecimal target = blank(row.targetValue()) ? null : cell(row.row(), "指标值", () -> number("targetValue", row.targetValue()));
            BigDecimal weight = blank(row.weight()) ? null : cell(row.row(), "权重", () -> number("weight", row.weight()));
            IndicatorId indicatorId = blank(row.indicatorId()) ? null : cell(row.row(), "指标ID", () -> IndicatorId.of(row.indicatorId()));
            ValueType valueType = blank(row.valueType()) ? null : cell(row.row(), "指标值类型", () -> ValueType.parse(row.valueType()));
            Comparator comparator = blank(row.comparator()) ? null : cell(row.row(), "指标性质", () -> Comparator.parse(row.comparator()));
            if (problems.size() > before) {
                return null;
            }
            return domain(row.row(), null, () -> GoalRequestMapper.indicator(new IndicatorRequest(indicatorId, group.code(), category.code(),
                    row.indicatorName(), valueType, comparator, target, text(row.targetText()), text(row.unitOfMeasure()), weight,
                    text(row.explanation()), text(row.scoringRule()))));
        }

        /** A value the domain builds from several cells; its refusal is a problem of the column of the field it names. */
        private <T> T domain(int row, String column, Supplier<T> build) {
            try {
                return build.get();
            } catch (InvalidValueException e) {
                String named = column != null ? column : e.field().map(f -> COLUMNS.getOrDefault(f, f)).orElse(null);
                problems.add(new RowProblem(row, named, e.code(), inColumn(e.arguments(), named)));
                return null;
            }
        }

        /** A level-1 group by its code, its label (产出) or its label as forms write it (产出指标). */
        private IndicatorGroup group(String text) {
            String t = text.strip();
            return taxonomy.groups().stream().filter(g -> g.code().equalsIgnoreCase(t) || g.label().equals(t) || t.equals(g.label() + "指标"))
                    .findFirst().orElseThrow(() -> new InvalidValueException("INDICATOR_GROUP_UNKNOWN", Map.of("level1", t)));
        }

        private static IndicatorCategory category(IndicatorGroup group, String text) {
            String t = text.strip();
            return group.categories().stream().filter(c -> c.code().equalsIgnoreCase(t) || c.label().equals(t) || t.equals(c.label() + "指标"))
                    .findFirst().orElseThrow(() -> new InvalidValueException("INDICATOR_CATEGORY_UNKNOWN",
                            Map.of("level1", group.code(), "level2", t)));
        }

        private <T> T required(int row, String column, String text, Function<String, T> parse) {
            if (blank(text)) {
                problems.add(new RowProblem(row, column, "REQUEST_FIELD_REQUIRED", Map.of("field", column)));
                return null;
            }
            return cell(row, column, () -> parse.apply(text));
        }

        /**
         * Reads one cell; a refusal becomes a problem of the row and the column. A value the domain refuses as too
         * large or too precise for what it keeps (指标值 1e18, 权重 12.345) is such a refusal too.
         */
        private <T> T cell(int row, String column, Supplier<T> read) {
            try {
                return read.get();
            } catch (InvalidValueException e) {
                problems.add(new RowProblem(row, column, e.code(), inColumn(e.arguments(), column)));
                return null;
            }
        }
    }

    /** A number as people type it into a cell: thousands separators allowed. */
    private static BigDecimal number(String field, String text) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "NUMBER_MALFORMED", Map.of("value", text));
        }
    }

    /** The refusal's arguments with its {@code field} shown as the table's column header, as the person reading it knows it. */
    private static Map<String, Object> inColumn(Map<String, Object> arguments, String column) {
        if (column == null || !arguments.containsKey("field")) {
            return arguments;
        }
        Map<String, Object> named = new LinkedHashMap<>(arguments);
        named.put("field", column);
        return named;
    }

    /** A cell's text, or null for a blank cell. */
    private static String text(String cell) {
        return blank(cell) ? null : cell;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
