package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.dashboard.DashboardResource.Content;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Cell;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Figure;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Filter;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Option;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Row;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Table;
import cn.gov.daxiang.perf.adapter.rest.monitoring.WarningMessages;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.application.port.in.allocation.FindAllocationDecisionsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageView;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ListKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringReportsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.project.ProjectDetails;
import cn.gov.daxiang.perf.application.port.in.project.ProjectDetailsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.ListRectificationsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ListSelfEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.CoverageCategory;
import cn.gov.daxiang.perf.domain.goal.CoverageGap;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static cn.gov.daxiang.perf.adapter.rest.dashboard.Formats.link;

/**
 * The lists behind the figures: each figure of the overview links to one of these, filtered to exactly the records
 * it counts, and each list states its total so that it can be checked against the figure.
 */
@ApplicationScoped
public class RecordPages {

    /** Rows per list page. */
    static final int PAGE_SIZE = 50;

    private final GoalCoverageQuery coverage;
    private final ListSelfEvaluationsQuery selfEvaluations;
    private final ListKeyEvaluationsQuery keyEvaluations;
    private final FindAllocationDecisionsQuery decisions;
    private final ListRectificationsQuery rectifications;
    private final ListMonitoringReportsQuery monitoringReports;
    private final ProjectDetailsQuery projects;
    private final UnitDirectory units;
    private final WarningMessages warningMessages;

    public RecordPages(GoalCoverageQuery coverage, ListSelfEvaluationsQuery selfEvaluations, ListKeyEvaluationsQuery keyEvaluations,
                       FindAllocationDecisionsQuery decisions, ListRectificationsQuery rectifications,
                       ListMonitoringReportsQuery monitoringReports, ProjectDetailsQuery projects, UnitDirectory units,
                       WarningMessages warningMessages) {
        this.coverage = coverage;
        this.selfEvaluations = selfEvaluations;
        this.keyEvaluations = keyEvaluations;
        this.decisions = decisions;
        this.rectifications = rectifications;
        this.monitoringReports = monitoringReports;
        this.projects = projects;
        this.units = units;
        this.warningMessages = warningMessages;
    }

    Content coverage(Actor actor, Texts t, WorkYear year, String categoryText, String unitText) {
        CoverageCategory category = parse(CoverageCategory.class, "category", categoryText);
        UnitCode unit = unitText == null || unitText.isBlank() ? null : UnitCode.of(unitText);
        GoalCoverageView view = coverage.goalCoverage(actor, year.goalYear());
        List<CoverageGap> gaps = view.report().missing().stream().filter(g -> category == null || g.category() == category)
                .filter(g -> unit == null || g.unitCode().equals(unit)).toList();
        List<Row> rows = gaps.stream().map(g -> Row.of(
                Cell.link(g.project().map(p -> view.projectNames().getOrDefault(p, p.value())).orElse(view.unitNames().getOrDefault(g.unitCode(), g.unitCode().value())),
                        g.project().map(p -> projectHref(p.value(), year)).orElse(link("/dashboard/projects", "year", year.value(), "unit", g.unitCode().value()))),
                Cell.of(t.label(g.category())),
                Cell.of(view.unitNames().getOrDefault(g.unitCode(), g.unitCode().value())),
                Cell.of(Formats.wanYuan(g.amount())))).toList();
        Section section = Section.of("gaps", t.format("coverage.title", year.goalYear().value()))
                .figure(Figure.of("coverage.gaps", t.get("coverage.count"), gaps.size(), ""))
                .table(new Table("table-gaps", t.format("coverage.title", year.goalYear().value()),
                        List.of(t.get("col.subject"), t.get("col.category"), t.get("col.unit"), t.get("col.amountWan")), rows, t.get("coverage.none")))
                .build();
        return new Content(t.format("coverage.title", year.goalYear().value()), t.get("coverage.lead"),
                List.of(yearFilter(t, year), select(t, "category", t.get("col.category"), CoverageCategory.values(), category),
                        new Filter("unit", t.get("col.unitCode"), unitText == null ? "" : unitText, List.of())), List.of(section));
    }

    Content selfEvaluations(Actor actor, Texts t, WorkYear year, String statusText, String pageText) {
        ReviewState status = parse(ReviewState.class, "status", statusText);
        Paging paging = paging(pageText);
        Page<SelfEvaluationDetails> page = selfEvaluations.listSelfEvaluations(actor,
                new SelfEvaluationCriteria(year.selfEvaluationYear(), null, null, status, null, null), paging);
        Map<UnitCode, String> names = units.names(actor);
        List<Row> rows = page.items().stream().map(d -> {
            SelfEvaluation e = d.evaluation();
            Optional<GradedScore> result = e.getResult().or(d::previewIfAny);
            return Row.of(Cell.link(names.getOrDefault(e.getUnitCode(), e.getUnitCode().value()),
                            e.getProjectCode().map(p -> projectHref(p.value(), year)).orElse(link("/dashboard/projects", "year", year.value(), "unit", e.getUnitCode().value()))),
                    Cell.of(t.label(e.getKind())), Cell.of(e.getProjectCode().map(p -> p.value()).orElse("—")),
                    Cell.of(t.label(e.getStatus())), Cell.of(result.map(r -> r.score().value().toPlainString()).orElse("—")),
                    Cell.of(result.map(r -> t.label(r.grade())).orElse("—")));
        }).toList();
        String title = t.format("self.title", year.selfEvaluationYear().value());
        return new Content(title, t.get("self.lead"), List.of(yearFilter(t, year), select(t, "status", t.get("col.status"), ReviewState.values(), status)),
                List.of(listSection("self-evaluations", title, page.total(), t,
                        new Table("table-self-evaluations", title, List.of(t.get("col.unit"), t.get("col.kind"), t.get("col.project"),
                                t.get("col.status"), t.get("col.score"), t.get("col.grade")), rows, t.get("table.empty")),
                        pager(t, page, link("/dashboard/self-evaluations", "year", year.value(), "status", statusText)))));
    }

    Content keyEvaluations(Actor actor, Texts t, WorkYear year, String gradeText) {
        Grade grade = parse(Grade.class, "grade", gradeText);
        List<KeyEvaluationDetails> all = new ArrayList<>();
        for (int p = 1; ; p++) {
            Page<KeyEvaluationDetails> page = keyEvaluations.listKeyEvaluations(actor,
                    new KeyEvaluationCriteria(year.keyEvaluationYear(), null, null, null), new Paging(p, Paging.MAX_SIZE));
            all.addAll(page.items());
            if (page.items().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        List<KeyEvaluationDetails> shown = all.stream()
                .filter(d -> grade == null || d.evaluation().getResult().map(r -> r.grade() == grade).orElse(false)).toList();
        List<Row> rows = shown.stream().map(d -> {
            KeyEvaluation e = d.evaluation();
            String href = e.getObject() instanceof EvaluationObject.OfDepartment department
                    ? link("/dashboard/departments/" + Formats.segment(department.department().value()), "year", year.value())
                    : e.getObject().projects().stream().findFirst().map(p -> projectHref(p.value(), year)).orElse("");
            return Row.of(Cell.link(e.getTitle(), href), Cell.of(t.label(e.getSubjectKind())), Cell.of(t.label(e.getState())),
                    Cell.of(d.agencyName() == null ? "—" : d.agencyName()),
                    Cell.of(e.getResult().map(r -> r.score().value().toPlainString()).orElse("—")),
                    Cell.of(e.getResult().map(r -> t.label(r.grade())).orElse("—")),
                    Cell.of(Formats.wanYuan(d.coveredMoney())));
        }).toList();
        String title = t.format("key.title", year.keyEvaluationYear().value());
        return new Content(title, t.get("key.lead"), List.of(yearFilter(t, year), select(t, "grade", t.get("col.grade"), Grade.values(), grade)),
                List.of(listSection("key-evaluations", title, shown.size(), t,
                        new Table("table-key-evaluations", title, List.of(t.get("col.title"), t.get("col.subjectKind"), t.get("col.state"),
                                t.get("col.agency"), t.get("col.score"), t.get("col.grade"), t.get("col.amountWan")), rows, t.get("table.empty")), null)));
    }

    Content decisions(Actor actor, Texts t, WorkYear year, String stateText, String treatmentText) {
        AllocationDecisionState state = parse(AllocationDecisionState.class, "state", stateText);
        Treatment treatment = parse(Treatment.class, "treatment", treatmentText);
        List<AllocationDecisionView> found = decisions.listAllocationDecisions(actor,
                new AllocationDecisionCriteria(year.allocationBudgetYear(), treatment, null, state));
        List<Row> rows = found.stream().map(v -> {
            AllocationDecision d = v.decision();
            String href = d.getObject().projectCode() == null ? link("/dashboard/projects", "year", year.value(), "unit", d.getObject().unitCode().value())
                    : projectHref(d.getObject().projectCode().value(), year);
            return Row.of(Cell.link(d.getObject().name(), href), Cell.of(v.unitName()), Cell.of(t.label(d.getTreatment())),
                    Cell.of(d.getAdjustment().toString()), Cell.of(Formats.wanYuan(d.getBase())), Cell.of(Formats.wanYuan(d.getAdjustedAmount())),
                    Cell.of(t.label(d.getState()) + (d.isOverridden() ? " · " + t.get("decision.overridden") : "")));
        }).toList();
        String title = t.format("decision.title", year.allocationBudgetYear().value());
        return new Content(title, t.get("decision.lead"), List.of(yearFilter(t, year),
                select(t, "state", t.get("col.state"), AllocationDecisionState.values(), state),
                select(t, "treatment", t.get("col.treatment"), Treatment.values(), treatment)),
                List.of(listSection("decisions", title, found.size(), t,
                        new Table("table-decisions", title, List.of(t.get("col.object"), t.get("col.unit"), t.get("col.treatment"),
                                t.get("col.adjustment"), t.get("col.baseWan"), t.get("col.adjustedWan"), t.get("col.state")), rows, t.get("table.empty")), null)));
    }

    Content rectifications(Actor actor, Texts t, WorkYear year, String stateText, String overdueText, String openText,
                           String unitText, String pageText) {
        RectificationState state = parse(RectificationState.class, "state", stateText);
        Boolean overdue = bool("overdue", overdueText);
        boolean openOnly = Boolean.TRUE.equals(bool("open", openText));
        UnitCode unit = unitText == null || unitText.isBlank() ? null : UnitCode.of(unitText);
        RectificationCriteria criteria = new RectificationCriteria(null, null, unit, state, overdue, year.keyEvaluationYear(),
                rectifications.districtToday());
        List<RectificationDetails> found = new ArrayList<>();
        long total;
        Paging paging = paging(pageText);
        if (openOnly) {
            // "Open" is every state but VERIFIED: read them all (a year has hundreds at most) and page here.
            for (int p = 1; ; p++) {
                Page<RectificationDetails> page = rectifications.listRectifications(actor, criteria, new Paging(p, Paging.MAX_SIZE));
                page.items().stream().filter(d -> d.rectification().isOpen()).forEach(found::add);
                if (page.items().size() < Paging.MAX_SIZE) {
                    break;
                }
            }
            total = found.size();
            found = found.stream().skip(paging.offset()).limit(paging.size()).collect(Collectors.toList());
        } else {
            Page<RectificationDetails> page = rectifications.listRectifications(actor, criteria, paging);
            found.addAll(page.items());
            total = page.total();
        }
        List<Row> rows = found.stream().map(d -> {
            Rectification r = d.rectification();
            return Row.of(Cell.link(r.getText(), r.getProjectCode().map(p -> projectHref(p.value(), year)).orElse("")),
                    Cell.of(d.unitName()), Cell.of(d.projectName() == null ? "—" : d.projectName()), Cell.of(t.label(r.getState())),
                    Cell.of(r.getDeadline()), Cell.of(d.overdue().overdue() ? t.format("rectification.overdueDays", d.overdue().daysOverdue()) : "—"))
                    .tone(d.overdue().overdue() ? "red" : "");
        }).toList();
        String title = t.format("rectification.title", year.keyEvaluationYear().value());
        Page<RectificationDetails> shown = new Page<>(found, paging.page(), paging.size(), total);
        return new Content(title, t.format("rectification.lead", rectifications.districtToday()),
                List.of(yearFilter(t, year), select(t, "state", t.get("col.state"), RectificationState.values(), state),
                        new Filter("overdue", t.get("col.overdue"), overdueText == null ? "" : overdueText,
                                List.of(new Option("", t.get("filter.any"), overdue == null), new Option("true", t.get("filter.yes"), Boolean.TRUE.equals(overdue)),
                                        new Option("false", t.get("filter.no"), Boolean.FALSE.equals(overdue))))),
                List.of(listSection("rectifications", title, total, t,
                        new Table("table-rectifications", title, List.of(t.get("col.finding"), t.get("col.unit"), t.get("col.project"),
                                t.get("col.state"), t.get("col.deadline"), t.get("col.overdue")), rows, t.get("table.empty")),
                        pager(t, shown, link("/dashboard/rectifications", "year", year.value(), "state", stateText, "overdue", overdueText,
                                "open", openText, "unit", unitText)))));
    }

    Content warnings(Actor actor, Texts t, WorkYear year, String levelText, String statusText, String unitText, String pageText) {
        boolean all = "ALL".equalsIgnoreCase(levelText);
        WarningLevel level = all ? null : parse(WarningLevel.class, "level", levelText);
        ReviewState status = parse(ReviewState.class, "status", statusText);
        UnitCode unit = unitText == null || unitText.isBlank() ? null : UnitCode.of(unitText);
        Paging paging = paging(pageText);
        Map<UnitCode, String> names = units.names(actor);
        List<Section> sections = new ArrayList<>();
        List<WarningLevel> levels = all ? java.util.Arrays.asList((WarningLevel) null) : level != null ? List.of(level) : List.of(WarningLevel.RED, WarningLevel.YELLOW);
        for (WarningLevel shown : levels) {
            Page<MonitoringReportDetails> page = monitoringReports.listMonitoringReports(actor,
                    new MonitoringReportCriteria(null, year.goalYear(), unit, status, shown, null), paging);
            List<Row> rows = page.items().stream().map(d -> warningRow(d, names, t, year)).toList();
            String title = shown == null ? t.format("warnings.allTitle", year.goalYear().value()) : t.format("warnings.levelTitle", t.label(shown), year.goalYear().value());
            String id = shown == null ? "reports" : "warnings-" + shown.name().toLowerCase();
            sections.add(listSection(id, title, page.total(), t,
                    new Table("table-" + id, title, List.of(t.get("col.project"), t.get("col.unit"), t.get("col.period"), t.get("col.status"),
                            t.get("col.level"), t.get("col.executionRate"), t.get("col.reasons")), rows, t.get("warnings.none")),
                    pager(t, page, link("/dashboard/warnings", "year", year.value(), "level", shown == null ? "ALL" : shown.name(), "status", statusText, "unit", unitText))));
        }
        List<Option> levelOptions = new ArrayList<>();
        levelOptions.add(new Option("", t.get("warnings.redAndYellow"), level == null && !all));
        levelOptions.add(new Option("RED", t.label(WarningLevel.RED), level == WarningLevel.RED));
        levelOptions.add(new Option("YELLOW", t.label(WarningLevel.YELLOW), level == WarningLevel.YELLOW));
        levelOptions.add(new Option("ALL", t.get("warnings.allReports"), all));
        return new Content(t.format("warnings.heading", year.goalYear().value()), t.get("warnings.lead"),
                List.of(yearFilter(t, year), new Filter("level", t.get("col.level"), levelText == null ? "" : levelText, levelOptions),
                        select(t, "status", t.get("col.status"), ReviewState.values(), status),
                        new Filter("unit", t.get("col.unitCode"), unitText == null ? "" : unitText, List.of())), sections);
    }

    private Row warningRow(MonitoringReportDetails d, Map<UnitCode, String> names, Texts t, WorkYear year) {
        MonitoringReport r = d.report();
        Optional<Warning> warning = d.warning();
        String reasons = warning.map(w -> warningMessages.toResponse(w, true, t.language().locale()).reasons().stream()
                .map(reason -> reason.message()).collect(Collectors.joining("；"))).orElse("—");
        WarningLevel level = warning.map(Warning::level).orElse(WarningLevel.GREEN);
        return Row.of(Cell.link(r.getProjectCode().map(p -> p.value()).orElse(t.get("warnings.overall")),
                        r.getProjectCode().map(p -> projectHref(p.value(), year)).orElse(link("/dashboard/projects", "year", year.value(), "unit", r.getUnitCode().value()))),
                Cell.of(names.getOrDefault(r.getUnitCode(), r.getUnitCode().value())), Cell.of(r.getPeriod().label()),
                Cell.of(t.label(r.getStatus())), Cell.of(t.label(level)),
                Cell.of(r.getExecutionRate().map(p -> p.toString()).orElse("—")), Cell.of(reasons))
                .tone(level == WarningLevel.GREEN ? "" : level.name().toLowerCase());
    }

    Content projects(Actor actor, Texts t, WorkYear year, String unitText, String pageText) {
        UnitCode unit = unitText == null || unitText.isBlank() ? null : UnitCode.of(unitText);
        Paging paging = paging(pageText);
        Page<ProjectDetails> page = projects.listProjectDetails(actor, new ProjectCriteria(year.goalYear(), unit, null, null), paging);
        Map<UnitCode, String> names = units.names(actor);
        List<Row> rows = page.items().stream().map(d -> {
            Project p = d.project();
            return Row.of(Cell.link(p.getName(), projectHref(p.getCode().value(), year)).key("project." + p.getCode().value()),
                    Cell.of(p.getCode().value()), Cell.of(names.getOrDefault(p.getUnitCode(), p.getUnitCode().value())),
                    Cell.of(t.label(p.getCategory())), Cell.of(p.getKinds().stream().map(t::label).sorted().collect(Collectors.joining("、"))),
                    Cell.of(Formats.wanYuan(p.getFunds().total())),
                    Cell.of(d.libraryEntry().isPresent() ? t.get("project.inLibrary") : t.get("project.notInLibrary")));
        }).toList();
        String title = unit == null ? t.format("projects.title", year.goalYear().value())
                : t.format("projects.unitTitle", names.getOrDefault(unit, unit.value()), year.goalYear().value());
        return new Content(title, t.get("projects.lead"), List.of(yearFilter(t, year), new Filter("unit", t.get("col.unitCode"), unitText == null ? "" : unitText, List.of())),
                List.of(listSection("projects", title, page.total(), t,
                        new Table("table-projects", title, List.of(t.get("col.name"), t.get("col.code"), t.get("col.unit"), t.get("col.category"),
                                t.get("col.kinds"), t.get("col.amountWan"), t.get("col.library")), rows, t.get("table.empty")),
                        pager(t, page, link("/dashboard/projects", "year", year.value(), "unit", unitText)))));
    }

    static String projectHref(String code, WorkYear year) {
        return link("/dashboard/projects/" + Formats.segment(code), "year", year.value());
    }

    static Section listSection(String id, String title, long total, Texts t, Table table, Pager pager) {
        Section.Builder section = Section.of(id, title).figure(Figure.of(id + ".total", t.get("list.total"), total, ""));
        section.table(table);
        if (pager != null) {
            section.note(pager.position()).pages(pager.links());
        }
        return section.build();
    }

    /** Where a long list is ("page 2 of 3") and the links to the pages before and after. */
    record Pager(String position, List<PageModel.Link> links) {
    }

    /** Null when everything fits on one page. */
    static Pager pager(Texts t, Page<?> page, String base) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        if (pages <= 1) {
            return null;
        }
        String separator = base.contains("?") ? "&" : "?";
        List<PageModel.Link> links = new ArrayList<>();
        if (page.page() > 1) {
            links.add(new PageModel.Link(t.get("list.previous"), base + separator + "page=" + (page.page() - 1), false));
        }
        if (page.page() < pages) {
            links.add(new PageModel.Link(t.get("list.next"), base + separator + "page=" + (page.page() + 1), false));
        }
        return new Pager(t.format("list.page", page.page(), pages), links);
    }

    static Filter yearFilter(Texts t, WorkYear year) {
        List<Option> options = new ArrayList<>();
        for (int y = Math.max(WorkYear.EARLIEST, year.value() - 4); y <= Math.min(WorkYear.LATEST, year.value() + 2); y++) {
            options.add(new Option(String.valueOf(y), String.valueOf(y), y == year.value()));
        }
        return new Filter("year", t.get("col.workYear"), String.valueOf(year.value()), options);
    }

    static <E extends Enum<E> & Labelled> Filter select(Texts t, String name, String label, E[] values, E selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", t.get("filter.any"), selected == null));
        for (E value : values) {
            options.add(new Option(value.name(), t.label(value), value == selected));
        }
        return new Filter(name, label, selected == null ? "" : selected.name(), options);
    }

    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Labelled.find(type, text).orElseThrow(() -> new InvalidValueException(field, "FILTER_VALUE_UNKNOWN", Map.of("field", field, "value", text)));
    }

    static Boolean bool(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new InvalidValueException(field, "FILTER_VALUE_UNKNOWN", Map.of("field", field, "value", text));
    }

    static Paging paging(String pageText) {
        if (pageText == null || pageText.isBlank()) {
            return new Paging(1, PAGE_SIZE);
        }
        try {
            return new Paging(Integer.parseInt(pageText.strip()), PAGE_SIZE);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("page", "PAGE_NUMBER_INVALID", Map.of("page", pageText));
        }
    }
}
