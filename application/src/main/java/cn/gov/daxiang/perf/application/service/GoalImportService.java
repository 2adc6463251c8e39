package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException.RowProblem;
import cn.gov.daxiang.perf.application.port.in.goal.GoalSheetRow;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalsUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorCategory;
import cn.gov.daxiang.perf.domain.indicator.IndicatorGroup;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Imports the declaration table all or nothing: every row is read and checked first (values, the unit's own
 * projects and years, one live goal per subject), every problem is collected, and only a clean table is
 * written, in JDBC batches.
 */
@ApplicationScoped
@Transactional
public class GoalImportService implements ImportGoalsUseCase {

    /** Domain field names as the table's column headers, for row problems. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("annualOverallGoal", "年度总体目标"), Map.entry("longTermGoal", "长期目标"),
            Map.entry("departmentDuties", "部门职责"), Map.entry("upperLevelGoal", "上级目标"), Map.entry("issuingLevel", "上级下达级次"),
            Map.entry("documentNumber", "上级文号"), Map.entry("projectCode", "项目代码"), Map.entry("name", "三级指标"),
            Map.entry("level1", "一级指标"), Map.entry("level2", "二级指标"), Map.entry("comparator", "指标性质"),
            Map.entry("targetValue", "指标值"), Map.entry("targetText", "文字指标值"), Map.entry("unitOfMeasure", "计量单位"),
            Map.entry("weight", "权重"), Map.entry("explanation", "指标解释"), Map.entry("scoringRule", "评分标准"),
            Map.entry("indicators", "三级指标"));

    private final GoalRepository goals;
    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final VisibleGoals visibleGoals;
    private final IndicatorTaxonomy taxonomy;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public GoalImportService(GoalRepository goals, BudgetUnitRepository units, ProjectRepository projects, VisibleGoals visibleGoals,
                             IndicatorTaxonomy taxonomy, AuditTrail audit, Clock clock) {
        this.goals = goals;
        this.units = units;
        this.projects = projects;
        this.visibleGoals = visibleGoals;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
    }

    /** One goal of the table as read, before it is checked against what is stored. */
    private record Parsed(List<GoalSheetRow> rows, GoalId id, GoalKind kind, FiscalYear year, UnitCode unit, ProjectCode project,
                          UpperLevelGoalReference upper, GoalContent content) {

        int firstRow() {
            return rows.get(0).row();
        }
    }

    @Override
    public List<GoalDetails> importGoals(Actor actor, List<GoalSheetRow> rows) {
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new GoalImportRejectedException(List.of(new RowProblem(0, null, "GOAL_IMPORT_EMPTY", Map.of())));
        }
        Map<String, List<GoalSheetRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r));
        List<Parsed> parsed = new ArrayList<>();
        for (List<GoalSheetRow> group : groups.values()) {
            Parsed goal = parse(group, problems);
            if (goal != null) {
                GoalAccessPolicy.requireUnitOf(actor, goal.unit(), "import-goals");
                parsed.add(goal);
            }
        }
        checkAgainstStoredData(parsed, problems);
        Instant now = clock.instant();
        List<PerformanceGoal> created = new ArrayList<>();
        List<Runnable> updates = new ArrayList<>();
        List<GoalDetails> result = new ArrayList<>();
        for (Parsed p : parsed) {
            int problemsBefore = problems.size();
            if (p.id() == null) {
                PerformanceGoal goal = attempt(problems, p.firstRow(), () -> PerformanceGoal.create(GoalId.newId(), p.kind(), p.year(),
                        p.unit(), p.project(), p.upper(), p.content(), taxonomy, actor.userId(), now));
                if (goal != null) {
                    created.add(goal);
                }
            } else {
                GoalDetails details = attempt(problems, p.firstRow(), () -> visibleGoals.load(actor, p.id()));
                if (details != null) {
                    PerformanceGoal goal = details.goal();
                    AuditSnapshot before = goal.auditSnapshot();
                    attempt(problems, p.firstRow(), () -> {
                        goal.editContent(p.content(), taxonomy, actor.userId(), now);
                        return goal;
                    });
                    if (problems.size() == problemsBefore) {
                        updates.add(() -> {
                            long revision = goals.update(goal, details.revision());
                            audit.transitioned(actor, "edit", before, goal);
                            result.add(new GoalDetails(goal, revision, details.reviewAgency()));
                        });
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new GoalImportRejectedException(problems);
        }
        goals.addAll(created);
        created.forEach(goal -> {
            audit.created(actor, goal);
            result.add(new GoalDetails(goal, 0, null));
        });
        updates.forEach(Runnable::run);
        return result;
    }

    private Parsed parse(List<GoalSheetRow> group, List<RowProblem> problems) {
        GoalSheetRow first = group.get(0);
        int before = problems.size();
        GoalId id = blank(first.goalId()) ? null : cell(problems, first.row(), "目标ID", () -> GoalId.of(first.goalId()));
        GoalKind kind = required(problems, first.row(), "目标类型", first.kind(), GoalKind::parse);
        FiscalYear year = required(problems, first.row(), "预算年度", first.fiscalYear(), FiscalYear::parse);
        UnitCode unit = required(problems, first.row(), "单位代码", first.unitCode(), UnitCode::of);
        ProjectCode project = blank(first.projectCode()) ? null : cell(problems, first.row(), "项目代码", () -> ProjectCode.of(first.projectCode()));
        UpperLevelGoalReference upper = blank(first.issuingLevel()) && blank(first.documentNumber()) && blank(first.upperGoalText()) ? null
                : cell(problems, first.row(), "上级目标", () -> new UpperLevelGoalReference(
                blank(first.issuingLevel()) ? null : IssuingLevel.parse(first.issuingLevel()), first.documentNumber(), first.upperGoalText(), null));
        List<Indicator> indicators = new ArrayList<>();
        for (GoalSheetRow row : group) {
            if (blank(row.indicatorName()) && blank(row.level1())) {
                continue; // a goal without indicators keeps one row for its own columns
            }
            Indicator indicator = indicator(row, problems);
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        GoalContent content = cell(problems, first.row(), null, () -> new GoalContent(first.annualOverallGoal(), first.longTermGoal(),
                first.departmentDuties(), indicators));
        if (problems.size() > before) {
            return null;
        }
        return new Parsed(group, id, kind, year, unit, project, upper, content);
    }

    private Indicator indicator(GoalSheetRow row, List<RowProblem> problems) {
        int before = problems.size();
        IndicatorGroup group = required(problems, row.row(), "一级指标", row.level1(), this::group);
        IndicatorCategory category = group == null ? null : required(problems, row.row(), "二级指标", row.level2(), text -> category(group, text));
        BigDecimal target = blank(row.targetValue()) ? null : cell(problems, row.row(), "指标值", () -> number("targetValue", row.targetValue()));
        BigDecimal weight = blank(row.weight()) ? null : cell(problems, row.row(), "权重", () -> number("weight", row.weight()));
        Comparator comparator = blank(row.comparator()) ? null : cell(problems, row.row(), "指标性质", () -> Comparator.parse(row.comparator()));
        ValueType type = blank(row.valueType()) ? ValueType.inferred(target, row.targetText())
                : cell(problems, row.row(), "指标值类型", () -> ValueType.parse(row.valueType()));
        IndicatorId id = blank(row.indicatorId()) ? IndicatorId.newId() : cell(problems, row.row(), "指标ID", () -> IndicatorId.of(row.indicatorId()));
        if (problems.size() > before) {
            return null;
        }
        return cell(problems, row.row(), null, () -> new Indicator(id, group.code(), category.code(), row.indicatorName(), type, comparator,
                target, blank(row.targetText()) ? null : row.targetText(), blank(row.unitOfMeasure()) ? null : row.unitOfMeasure(), weight,
                blank(row.explanation()) ? null : row.explanation(), blank(row.scoringRule()) ? null : row.scoringRule()));
    }

    /** Units and projects exist, projects are the unit's and the year's, and no subject gets two live goals. */
    private void checkAgainstStoredData(List<Parsed> parsed, List<RowProblem> problems) {
        Set<UnitCode> knownUnits = units.findByCodes(parsed.stream().map(Parsed::unit).collect(Collectors.toSet())).stream()
                .map(BudgetUnit::getCode).collect(Collectors.toSet());
        Map<ProjectCode, Project> knownProjects = new HashMap<>();
        projects.findByCodes(parsed.stream().map(Parsed::project).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .forEach(p -> knownProjects.put(p.getCode(), p));
        Set<String> seen = new HashSet<>();
        Map<String, List<Parsed>> newBySubjectGroup = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            if (!knownUnits.contains(p.unit())) {
                problems.add(new RowProblem(p.firstRow(), "单位代码", "BUDGET_UNIT_NOT_FOUND", Map.of("unitCode", p.unit().value())));
                continue;
            }
            if (p.kind().requiresProject() && p.project() != null) {
                Project project = knownProjects.get(p.project());
                if (project == null) {
                    problems.add(new RowProblem(p.firstRow(), "项目代码", "PROJECT_NOT_FOUND", Map.of("projectCode", p.project().value())));
                    continue;
                }
                attempt(problems, p.firstRow(), () -> {
                    GoalSubject.requireConsistent(p.kind(), p.year(), p.unit(), project);
                    return project;
                });
            }
            if (p.id() == null && (!p.kind().requiresProject() || p.project() != null)) {
                String subject = GoalSubject.key(p.kind(), p.unit(), p.project());
                if (!seen.add(p.kind() + "|" + p.year() + "|" + subject)) {
                    problems.add(new RowProblem(p.firstRow(), null, "GOAL_IMPORT_DUPLICATE_GOAL",
                            Map.of("kind", p.kind().name(), "subject", subject, "fiscalYear", p.year().value())));
                }
                newBySubjectGroup.computeIfAbsent(p.kind() + "|" + p.year().value(), k -> new ArrayList<>()).add(p);
            }
        }
        newBySubjectGroup.values().forEach(group -> {
            Parsed any = group.get(0);
            Map<String, Parsed> bySubject = new HashMap<>();
            group.forEach(p -> bySubject.put(GoalSubject.key(p.kind(), p.unit(), p.project()), p));
            goals.findLiveSubjectKeys(any.kind(), any.year(), bySubject.keySet()).forEach(subject -> problems.add(
                    new RowProblem(bySubject.get(subject).firstRow(), null, "GOAL_ALREADY_DECLARED",
                            Map.of("kind", any.kind().name(), "subject", subject, "fiscalYear", any.year().value(), "goalId", "?"))));
        });
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
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

    private static BigDecimal number(String field, String text) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "NUMBER_MALFORMED", Map.of("value", text));
        }
    }

    private static <T> T required(List<RowProblem> problems, int row, String column, String text, java.util.function.Function<String, T> parse) {
        if (blank(text)) {
            problems.add(new RowProblem(row, column, "REQUEST_FIELD_REQUIRED", Map.of("field", column)));
            return null;
        }
        return cell(problems, row, column, () -> parse.apply(text));
    }

    /**
     * Reads one value; a refusal becomes a problem of the row (and of the column the domain names, if any). A value
     * the domain refuses as too large or too precise for what it keeps (指标值 1e18, 权重 12.345) is such a refusal too.
     */
    private static <T> T cell(List<RowProblem> problems, int row, String column, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            String named = column != null ? column : e.field().map(f -> COLUMNS.getOrDefault(f, f)).orElse(null);
            problems.add(new RowProblem(row, named, e.code(), inColumn(e.arguments(), named)));
            return null;
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

    private static <T> T attempt(List<RowProblem> problems, int row, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidValueException e) {
            String named = e.field().map(f -> COLUMNS.getOrDefault(f, f)).orElse(null);
            problems.add(new RowProblem(row, named, e.code(), inColumn(e.arguments(), named)));
        } catch (DomainException e) {
            problems.add(new RowProblem(row, null, e.code(), e.arguments()));
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
