package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Cell;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Figure;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Row;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Table;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.application.port.in.allocation.FindAllocationDecisionsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SummarizeKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringReportsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationSummaryQuery;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ListSelfEvaluationsQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.annualreport.AllocationDecisionSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportPrecision;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.goal.GoalCoverageReport;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.dashboard.Formats.link;

/**
 * The year at a glance (work year W, as the annual report counts it): goal coverage of W, the self-evaluations of
 * W−1, monitoring of W, the key evaluations of plan year W, the allocation decisions of budget year W and the
 * rectifications from W's evaluations — each within what the viewer may see, each figure a link to its records.
 */
@ApplicationScoped
public class OverviewPage {

    private static final Paging COUNT_ONLY = new Paging(1, 1);

    private final GoalCoverageQuery coverage;
    private final ListSelfEvaluationsQuery selfEvaluations;
    private final ListMonitoringReportsQuery monitoringReports;
    private final SummarizeKeyEvaluationsQuery keyEvaluations;
    private final FindAllocationDecisionsQuery allocationDecisions;
    private final RectificationSummaryQuery rectifications;

    public OverviewPage(GoalCoverageQuery coverage, ListSelfEvaluationsQuery selfEvaluations,
                        ListMonitoringReportsQuery monitoringReports, SummarizeKeyEvaluationsQuery keyEvaluations,
                        FindAllocationDecisionsQuery allocationDecisions, RectificationSummaryQuery rectifications) {
        this.coverage = coverage;
        this.selfEvaluations = selfEvaluations;
        this.monitoringReports = monitoringReports;
        this.keyEvaluations = keyEvaluations;
        this.allocationDecisions = allocationDecisions;
        this.rectifications = rectifications;
    }

    List<Section> sections(Actor actor, WorkYear year, Texts t) {
        return List.of(goalCoverage(actor, year.goalYear(), t), selfEvaluations(actor, year, t),
                monitoring(actor, year.goalYear(), t), keyEvaluations(actor, year.keyEvaluationYear(), t),
                allocation(actor, year.allocationBudgetYear(), t), rectifications(actor, year.keyEvaluationYear(), t));
    }

    private Section goalCoverage(Actor actor, FiscalYear year, Texts t) {
        GoalCoverageReport report = coverage.goalCoverage(actor, year).report();
        Section.Builder section = Section.of("coverage", t.format("overview.coverage.title", year.value()))
                .note(t.get("overview.coverage.note"));
        List<Row> rows = new ArrayList<>();
        Map<String, List<Charts.Item>> series = new LinkedHashMap<>();
        List<Charts.Item> covered = new ArrayList<>();
        List<Charts.Item> missing = new ArrayList<>();
        for (CoverageFigures figures : report.categories()) {
            String code = figures.category().name();
            String gaps = link("/dashboard/coverage", "year", year.value(), "category", code);
            // The subjects to cover: the year's projects (or units), the ones still without a goal listed on the coverage page.
            String all = figures.category() == cn.gov.daxiang.perf.domain.goal.CoverageCategory.DEPARTMENT_OVERALL
                    ? link("/dashboard/departments", "year", year.value()) : link("/dashboard/projects", "year", year.value());
            rows.add(Row.of(Cell.of(t.label(figures.category())),
                    Cell.link(figures.total(), all).key("coverage." + code + ".total"),
                    Cell.of(figures.covered()).key("coverage." + code + ".covered"),
                    Cell.link(figures.missingCount(), gaps).key("coverage." + code + ".missing"),
                    Cell.of(Formats.percent(figures.shareByCount())).key("coverage." + code + ".shareByCount"),
                    Cell.of(Formats.wanYuan(figures.totalAmount())).key("coverage." + code + ".totalAmount"),
                    Cell.of(Formats.wanYuan(figures.coveredAmount())).key("coverage." + code + ".coveredAmount"),
                    Cell.of(Formats.percent(figures.shareByAmount()))));
            covered.add(new Charts.Item(t.label(figures.category()), figures.covered(), all, Charts.GREEN));
            missing.add(new Charts.Item(t.label(figures.category()), figures.missingCount(), gaps, Charts.AMBER));
        }
        series.put(t.get("overview.coverage.covered"), covered);
        series.put(t.get("overview.coverage.missing"), missing);
        int missingTotal = report.missing().size();
        section.figure(Figure.of("coverage.missing", t.get("overview.coverage.missingAll"), missingTotal,
                link("/dashboard/coverage", "year", year.value())).tone(missingTotal > 0 ? "yellow" : "green"));
        section.chart(Charts.bars("chart-coverage", t.format("overview.coverage.chart", year.value()),
                report.categories().stream().map(c -> t.label(c.category())).toList(), series));
        section.table(new Table("table-coverage", t.format("overview.coverage.title", year.value()),
                List.of(t.get("col.category"), t.get("col.total"), t.get("col.covered"), t.get("col.missing"),
                        t.get("col.shareByCount"), t.get("col.totalWan"), t.get("col.coveredWan"), t.get("col.shareByAmount")),
                rows, t.get("table.empty")));
        return section.build();
    }

    /** The self-evaluations of the year before the work year; their list is addressed by the work year, as every dashboard link is. */
    private Section selfEvaluations(Actor actor, WorkYear workYear, Texts t) {
        FiscalYear year = workYear.selfEvaluationYear();
        Section.Builder section = Section.of("self-evaluations", t.format("overview.self.title", year.value()))
                .note(t.get("overview.self.note"));
        long total = selfEvaluations.listSelfEvaluations(actor, new SelfEvaluationCriteria(year, null, null, null, null, null), COUNT_ONLY).total();
        section.figure(Figure.of("selfEvaluations.total", t.get("overview.self.total"), total,
                link("/dashboard/self-evaluations", "year", workYear.value())));
        for (ReviewState state : ReviewState.values()) {
            long count = selfEvaluations.listSelfEvaluations(actor, new SelfEvaluationCriteria(year, null, null, state, null, null), COUNT_ONLY).total();
            section.figure(Figure.of("selfEvaluations." + state.name(), t.label(state), count,
                    link("/dashboard/self-evaluations", "year", workYear.value(), "status", state.name())));
        }
        return section.build();
    }

    private Section monitoring(Actor actor, FiscalYear year, Texts t) {
        Section.Builder section = Section.of("monitoring", t.format("overview.monitoring.title", year.value()))
                .note(t.get("overview.monitoring.note"));
        long total = monitoringReports.listMonitoringReports(actor, new MonitoringReportCriteria(null, year, null, null, null, null), COUNT_ONLY).total();
        section.figure(Figure.of("monitoring.total", t.get("overview.monitoring.total"), total,
                link("/dashboard/warnings", "year", year.value(), "level", "ALL")));
        for (ReviewState state : ReviewState.values()) {
            long count = monitoringReports.listMonitoringReports(actor, new MonitoringReportCriteria(null, year, null, state, null, null), COUNT_ONLY).total();
            section.figure(Figure.of("monitoring." + state.name(), t.label(state), count,
                    link("/dashboard/warnings", "year", year.value(), "level", "ALL", "status", state.name())));
        }
        for (WarningLevel level : List.of(WarningLevel.RED, WarningLevel.YELLOW)) {
            long count = monitoringReports.listMonitoringReports(actor, new MonitoringReportCriteria(null, year, null, null, level, null), COUNT_ONLY).total();
            section.figure(Figure.of("monitoring." + level.name(), t.label(level), count,
                    link("/dashboard/warnings", "year", year.value(), "level", level.name()))
                    .tone(count > 0 ? level.name().toLowerCase() : ""));
        }
        return section.build();
    }

    private Section keyEvaluations(Actor actor, FiscalYear year, Texts t) {
        KeyEvaluationSummary summary = keyEvaluations.summarizeKeyEvaluations(actor, year);
        Section.Builder section = Section.of("key-evaluations", t.format("overview.key.title", year.value()))
                .note(t.get("overview.key.note"));
        section.figure(Figure.of("keyEvaluations.count", t.get("overview.key.count"), summary.count(),
                link("/dashboard/key-evaluations", "year", year.value())));
        section.figure(Figure.of("keyEvaluations.money", t.get("overview.key.money"), Formats.wanYuan(summary.totalMoney()),
                link("/dashboard/key-evaluations", "year", year.value())).unit(t.get("unit.wan")).exact(Formats.yuan(summary.totalMoney())));
        List<Charts.Item> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            int count = summary.grades().getOrDefault(grade, 0);
            String href = link("/dashboard/key-evaluations", "year", year.value(), "grade", grade.name());
            section.figure(Figure.of("keyEvaluations.grade." + grade.name(), t.label(grade), count, href));
            grades.add(new Charts.Item(t.label(grade), count, href, Charts.gradeColor(grade)));
        }
        if (Charts.hasData(grades)) {
            section.chart(Charts.pie("chart-grades", t.format("overview.key.chart", year.value()), grades));
        }
        return section.build();
    }

    private Section allocation(Actor actor, FiscalYear budgetYear, Texts t) {
        List<AllocationDecisionView> visible = allocationDecisions.listAllocationDecisions(actor,
                new AllocationDecisionCriteria(budgetYear, null, null, null));
        AllocationDecisionSection figures = AllocationDecisionSection.of(budgetYear,
                visible.stream().map(AllocationDecisionView::decision).toList(), ReportPrecision.DISTRICT_DEFAULT);
        Section.Builder section = Section.of("allocation", t.format("overview.allocation.title", budgetYear.value()))
                .note(t.get("overview.allocation.note"));
        section.figure(Figure.of("allocation.confirmed", t.get("overview.allocation.confirmed"), figures.confirmed(),
                link("/dashboard/decisions", "year", budgetYear.value(), "state", "CONFIRMED")));
        section.figure(Figure.of("allocation.awaiting", t.get("overview.allocation.awaiting"), figures.awaitingConfirmation(),
                link("/dashboard/decisions", "year", budgetYear.value(), "state", "PROPOSED")));
        List<Row> rows = new ArrayList<>();
        List<Charts.Item> items = new ArrayList<>();
        for (Treatment treatment : Treatment.values()) {
            AllocationDecisionSection.TreatmentLine line = figures.line(treatment);
            String href = link("/dashboard/decisions", "year", budgetYear.value(), "state", "CONFIRMED", "treatment", treatment.name());
            rows.add(Row.of(Cell.of(t.label(treatment)), Cell.link(line.count(), href).key("allocation." + treatment.name() + ".count"),
                    Cell.of(Formats.wanYuan(line.base().exact())).key("allocation." + treatment.name() + ".base"),
                    Cell.of(Formats.wanYuan(line.adjusted().exact())).key("allocation." + treatment.name() + ".adjusted")));
            items.add(new Charts.Item(t.label(treatment), line.count(), href, Charts.treatmentColor(treatment)));
        }
        section.chart(Charts.bars("chart-allocation", t.format("overview.allocation.chart", budgetYear.value()),
                items.stream().map(Charts.Item::name).toList(), Map.of(t.get("col.count"), items)));
        section.table(new Table("table-allocation", t.format("overview.allocation.title", budgetYear.value()),
                List.of(t.get("col.treatment"), t.get("col.count"), t.get("col.baseWan"), t.get("col.adjustedWan")), rows, t.get("table.empty")));
        return section.build();
    }

    private Section rectifications(Actor actor, FiscalYear year, Texts t) {
        RectificationSummary summary = rectifications.summarizeRectifications(actor, year);
        RectificationSummary.Counts counts = summary.total();
        Section.Builder section = Section.of("rectifications", t.format("overview.rectification.title", year.value()))
                .note(t.format("overview.rectification.note", summary.today()));
        section.figure(Figure.of("rectifications.items", t.get("overview.rectification.items"), counts.items(),
                link("/dashboard/rectifications", "year", year.value())));
        long open = counts.open();
        section.figure(Figure.of("rectifications.open", t.get("overview.rectification.open"), open,
                link("/dashboard/rectifications", "year", year.value(), "open", "true")));
        section.figure(Figure.of("rectifications.overdue", t.get("overview.rectification.overdue"), counts.overdue(),
                link("/dashboard/rectifications", "year", year.value(), "overdue", "true")).tone(counts.overdue() > 0 ? "red" : "green"));
        for (RectificationState state : RectificationState.values()) {
            section.figure(Figure.of("rectifications." + state.name(), t.label(state), counts.inState(state),
                    link("/dashboard/rectifications", "year", year.value(), "state", state.name())));
        }
        return section.build();
    }
}
