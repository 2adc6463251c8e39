package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.annualreport.AnnualReportWorkbook;
import cn.gov.daxiang.perf.adapter.rest.dashboard.DashboardResource.Content;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Cell;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Figure;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Row;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Table;
import cn.gov.daxiang.perf.adapter.rest.shared.SpreadsheetBulkhead;
import cn.gov.daxiang.perf.adapter.rest.shared.Spreadsheets;
import cn.gov.daxiang.perf.application.port.in.annualreport.AnnualReportQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReport;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReportSection;
import cn.gov.daxiang.perf.domain.annualreport.AverageScoreSection;
import cn.gov.daxiang.perf.domain.annualreport.GoalCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.GradeDistributionSection;
import cn.gov.daxiang.perf.domain.annualreport.KeyEvaluationSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportLanguage;
import cn.gov.daxiang.perf.domain.annualreport.SelfEvaluationCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.goal.CoverageFigures;
import cn.gov.daxiang.perf.domain.grade.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.adapter.rest.dashboard.Formats.link;

/**
 * The bureau's annual report (年度工作统计) of a work year as the API computes it, with its summary paragraphs, the key
 * figures, the grade distribution and goal coverage by department as charts, and its .xlsx. Finance and auditors
 * only, as in the API: anyone else gets the API's refusal (403).
 */
@ApplicationScoped
public class AnnualReportPage {

    private final AnnualReportQuery reports;
    private final SpreadsheetBulkhead bulkhead;

    public AnnualReportPage(AnnualReportQuery reports, SpreadsheetBulkhead bulkhead) {
        this.reports = reports;
        this.bulkhead = bulkhead;
    }

    Content content(Actor actor, Texts t, WorkYear year) {
        AnnualReport report = reports.annualReport(actor, year);
        ReportLanguage language = t.language() == Texts.Language.EN ? ReportLanguage.ENGLISH : ReportLanguage.CHINESE;
        List<Section> sections = new ArrayList<>();
        Section.Builder summary = Section.of("summary", t.get("report.summary"))
                .note(String.join(" ", report.paragraphs(language)));
        summary.figure(Figure.of("report.workbook", t.get("report.workbook"), year.value() + ".xlsx",
                "/dashboard/annual-report/" + year.value() + ".xlsx"));
        sections.add(summary.build());
        report.section(SelfEvaluationCoverageSection.class).ifPresent(s -> sections.add(Section.of("self-evaluation-coverage", s.title(language))
                .figure(Figure.of("report.self.unitsInScope", t.get("report.self.unitsInScope"), s.unitsInScope(), ""))
                .figure(Figure.of("report.self.unitsEvaluated", t.get("report.self.unitsEvaluated"), s.unitsEvaluated(),
                        link("/dashboard/self-evaluations", "year", year.value())))
                .figure(Figure.of("report.self.money", t.get("report.self.money"), s.money().text(), "").unit(t.get("unit.wan"))
                        .exact(Formats.yuan(s.money().exact())))
                .build()));
        report.section(KeyEvaluationSection.class).ifPresent(s -> {
            Section.Builder section = Section.of("key-evaluations", s.title(language))
                    .figure(Figure.of("report.key.count", t.get("report.key.count"), s.count(), link("/dashboard/key-evaluations", "year", year.value())))
                    .figure(Figure.of("report.key.total", t.get("report.key.total"), s.total().text(), "").unit(t.get("unit.wan"))
                            .exact(Formats.yuan(s.total().exact())));
            List<Row> rows = s.byKind().stream().map(k -> Row.of(Cell.of(t.label(k.kind())), Cell.of(k.count()).key("report.key." + k.kind().name()),
                    Cell.of(k.money().text()))).toList();
            section.table(new Table("table-report-kinds", s.title(language), List.of(t.get("col.subjectKind"), t.get("col.count"), t.get("col.amountWan")),
                    rows, t.get("table.empty")));
            sections.add(section.build());
        });
        report.section(GradeDistributionSection.class).ifPresent(s -> {
            List<Charts.Item> items = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (Grade grade : Grade.values()) {
                int key = s.keyEvaluations().getOrDefault(grade, 0);
                int self = s.selfEvaluations().getOrDefault(grade, 0);
                String href = link("/dashboard/key-evaluations", "year", year.value(), "grade", grade.name());
                items.add(new Charts.Item(t.label(grade), key, href, Charts.gradeColor(grade)));
                rows.add(Row.of(Cell.of(t.label(grade)), Cell.link(key, href).key("report.grade.key." + grade.name()),
                        Cell.of(self).key("report.grade.self." + grade.name())));
            }
            Section.Builder section = Section.of("grades", s.title(language));
            if (Charts.hasData(items)) {
                section.chart(Charts.pie("chart-report-grades", t.format("report.gradesChart", s.keyEvaluationYear().value()), items));
            }
            sections.add(section
                    .table(new Table("table-report-grades", s.title(language), List.of(t.get("col.grade"),
                            t.format("report.keyOf", s.keyEvaluationYear().value()), t.format("report.selfOf", s.selfEvaluationYear().value())),
                            rows, t.get("table.empty")))
                    .build());
        });
        report.section(AverageScoreSection.class).ifPresent(s -> sections.add(Section.of("averages", s.title(language))
                .table(new Table("table-report-averages", s.title(language), List.of(t.get("col.category"), t.get("col.count"), t.get("col.averageScore")),
                        s.categories().stream().map(c -> Row.of(Cell.of(t.label(c.category())), Cell.of(c.count()),
                                Cell.of(c.average().value().toPlainString()).key("report.average." + c.category().name()))).toList(), t.get("table.empty")))
                .build()));
        report.section(GoalCoverageSection.class).ifPresent(s -> sections.add(coverage(s, t, language, year)));
        // The remaining sections (result application, rectification) as the report words them.
        for (AnnualReportSection s : report.sections()) {
            if (!(s instanceof SelfEvaluationCoverageSection || s instanceof KeyEvaluationSection || s instanceof GradeDistributionSection
                    || s instanceof AverageScoreSection || s instanceof GoalCoverageSection)) {
                List<String> paragraphs = s.paragraphs(language);
                sections.add(Section.of("section-" + s.key(), s.title(language))
                        .note(paragraphs.isEmpty() ? t.get("report.sectionEmpty") : String.join(" ", paragraphs)).build());
            }
        }
        return new Content(t.format("report.heading", year.value()), t.format("report.lead", year.value(), year.selfEvaluationYear().value()),
                List.of(RecordPages.yearFilter(t, year)), sections);
    }

    private Section coverage(GoalCoverageSection s, Texts t, ReportLanguage language, WorkYear year) {
        List<String> departments = new ArrayList<>();
        List<Charts.Item> shares = new ArrayList<>();
        List<Charts.Item> missing = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (GoalCoverageSection.DepartmentCoverage d : s.byDepartment()) {
            CoverageFigures projects = d.coverage().projects();
            int total = 0;
            int covered = 0;
            for (CoverageFigures figures : d.coverage().categories()) {
                total += figures.total();
                covered += figures.covered();
            }
            departments.add(d.name());
            String href = link("/dashboard/departments/" + Formats.segment(d.department().value()), "year", year.value());
            shares.add(new Charts.Item(d.name(), covered, href, Charts.GREEN));
            missing.add(new Charts.Item(d.name(), total - covered, href, Charts.AMBER));
            rows.add(Row.of(Cell.link(d.name(), href), Cell.of(total), Cell.of(covered), Cell.of(total - covered),
                    Cell.of(Formats.percent(projects.shareByCount()))));
        }
        Map<String, List<Charts.Item>> series = new LinkedHashMap<>();
        series.put(t.get("overview.coverage.covered"), shares);
        series.put(t.get("overview.coverage.missing"), missing);
        return Section.of("coverage-by-department", s.title(language))
                .note(String.join(" ", s.paragraphs(language)))
                .chart(Charts.bars("chart-report-coverage", t.format("report.coverageChart", s.goalYear().value()), departments, series))
                .table(new Table("table-report-coverage", s.title(language), List.of(t.get("col.department"), t.get("col.total"),
                        t.get("col.covered"), t.get("col.missing"), t.get("col.projectShare")), rows, t.get("table.empty")))
                .build();
    }

    Response workbook(Actor actor, WorkYear year) {
        AnnualReport report = reports.annualReport(actor, year);
        byte[] bytes = bulkhead.call(() -> AnnualReportWorkbook.write(report));
        return Spreadsheets.attachment(bytes, AnnualReportWorkbook.filename(report));
    }
}
