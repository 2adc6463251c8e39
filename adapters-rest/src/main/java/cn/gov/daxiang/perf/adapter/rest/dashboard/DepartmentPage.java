package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.dashboard.DashboardResource.Content;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Cell;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Figure;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Row;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Table;
import cn.gov.daxiang.perf.application.port.in.budgetunit.BudgetUnitDetails;
import cn.gov.daxiang.perf.application.port.in.budgetunit.FindBudgetUnitQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringReportsQuery;
import cn.gov.daxiang.perf.application.port.in.project.ListProjectsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationSummaryQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.CoverageGap;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.gov.daxiang.perf.adapter.rest.dashboard.Formats.link;

/**
 * A department (主管部门) with its units: for each unit its projects, what still lacks an approved goal, its RED and
 * YELLOW monitoring reports and its open and overdue rectifications — so a department sees who is behind. A department
 * the viewer may not see is "not found", as in the API.
 */
@ApplicationScoped
public class DepartmentPage {

    private static final Paging COUNT_ONLY = new Paging(1, 1);

    private final FindBudgetUnitQuery findUnit;
    private final UnitDirectory units;
    private final ListProjectsQuery projects;
    private final GoalCoverageQuery coverage;
    private final ListMonitoringReportsQuery monitoringReports;
    private final RectificationSummaryQuery rectifications;

    public DepartmentPage(FindBudgetUnitQuery findUnit, UnitDirectory units, ListProjectsQuery projects, GoalCoverageQuery coverage,
                          ListMonitoringReportsQuery monitoringReports, RectificationSummaryQuery rectifications) {
        this.findUnit = findUnit;
        this.units = units;
        this.projects = projects;
        this.coverage = coverage;
        this.monitoringReports = monitoringReports;
        this.rectifications = rectifications;
    }

    Content index(Actor actor, Texts t, WorkYear year) {
        List<BudgetUnit> visible = units.visible(actor, BudgetUnitCriteria.any());
        Map<UnitCode, Long> unitsPerDepartment = visible.stream().filter(u -> u.getSupervisingDepartment().isPresent())
                .collect(Collectors.groupingBy(u -> u.getSupervisingDepartment().get(), Collectors.counting()));
        List<Row> rows = visible.stream().filter(BudgetUnit::isDepartment).map(d -> Row.of(
                Cell.link(d.getName(), link("/dashboard/departments/" + Formats.segment(d.getCode().value()), "year", year.value())),
                Cell.of(d.getCode().value()), Cell.of(unitsPerDepartment.getOrDefault(d.getCode(), 0L)))).toList();
        String title = t.get("departments.title");
        return new Content(title, t.get("departments.lead"), List.of(RecordPages.yearFilter(t, year)),
                List.of(RecordPages.listSection("departments", title, rows.size(), t,
                        new Table("table-departments", title, List.of(t.get("col.department"), t.get("col.code"), t.get("col.subordinates")),
                                rows, t.get("table.empty")), null)));
    }

    Content content(Actor actor, Texts t, WorkYear year, String codeText) {
        BudgetUnitDetails department = findUnit.findBudgetUnit(actor, UnitCode.of(codeText));
        List<BudgetUnit> members = new ArrayList<>();
        members.add(department.unit());
        members.addAll(department.subordinateUnits());
        List<CoverageGap> gaps = coverage.goalCoverage(actor, year.goalYear()).report().missing();
        RectificationSummary summary = rectifications.summarizeRectifications(actor, year.keyEvaluationYear());
        List<Row> rows = new ArrayList<>();
        long projectsTotal = 0;
        long redTotal = 0;
        for (BudgetUnit unit : members) {
            UnitCode code = unit.getCode();
            long projectCount = projects.listProjects(actor, new ProjectCriteria(year.goalYear(), code, null, null), COUNT_ONLY).total();
            long missing = gaps.stream().filter(g -> g.unitCode().equals(code)).count();
            long red = monitoringReports.listMonitoringReports(actor, new MonitoringReportCriteria(null, year.goalYear(), code, null, WarningLevel.RED, null), COUNT_ONLY).total();
            long yellow = monitoringReports.listMonitoringReports(actor, new MonitoringReportCriteria(null, year.goalYear(), code, null, WarningLevel.YELLOW, null), COUNT_ONLY).total();
            RectificationSummary.Counts counts = summary.units().stream().filter(l -> l.unitCode().equals(code)).findFirst()
                    .map(RectificationSummary.UnitLine::counts).orElse(null);
            long open = counts == null ? 0 : counts.open();
            long overdue = counts == null ? 0 : counts.overdue();
            projectsTotal += projectCount;
            redTotal += red;
            String unitCode = code.value();
            rows.add(Row.of(Cell.link(unit.getName(), link("/dashboard/projects", "year", year.value(), "unit", unitCode)),
                            Cell.link(projectCount, link("/dashboard/projects", "year", year.value(), "unit", unitCode)).key("unit." + unitCode + ".projects"),
                            Cell.link(missing, link("/dashboard/coverage", "year", year.value(), "unit", unitCode)).key("unit." + unitCode + ".missingGoals"),
                            Cell.link(red, link("/dashboard/warnings", "year", year.value(), "level", "RED", "unit", unitCode)).key("unit." + unitCode + ".red"),
                            Cell.link(yellow, link("/dashboard/warnings", "year", year.value(), "level", "YELLOW", "unit", unitCode)).key("unit." + unitCode + ".yellow"),
                            Cell.link(open, link("/dashboard/rectifications", "year", year.value(), "unit", unitCode, "open", "true")).key("unit." + unitCode + ".openRectifications"),
                            Cell.link(overdue, link("/dashboard/rectifications", "year", year.value(), "unit", unitCode, "overdue", "true")).key("unit." + unitCode + ".overdue"))
                    .tone(overdue > 0 || red > 0 ? "red" : missing > 0 || yellow > 0 ? "yellow" : ""));
        }
        String title = t.format("department.units", department.unit().getName());
        Section section = Section.of("units", title)
                .figure(Figure.of("department.units", t.get("department.unitCount"), members.size(), ""))
                .figure(Figure.of("department.projects", t.get("department.projectCount"), projectsTotal, ""))
                .figure(Figure.of("department.red", t.label(WarningLevel.RED), redTotal, "").tone(redTotal > 0 ? "red" : ""))
                .table(new Table("table-units", title, List.of(t.get("col.unit"), t.get("col.projects"), t.get("col.missingGoals"),
                        t.label(WarningLevel.RED), t.label(WarningLevel.YELLOW), t.get("col.openRectifications"), t.get("col.overdue")), rows, t.get("table.empty")))
                .build();
        return new Content(department.unit().getName(), t.format("department.lead", year.goalYear().value()),
                List.of(RecordPages.yearFilter(t, year)), List.of(section));
    }
}
