package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.dashboard.DashboardResource.Content;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Cell;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Figure;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Row;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Section;
import cn.gov.daxiang.perf.adapter.rest.dashboard.PageModel.Table;
import cn.gov.daxiang.perf.adapter.rest.error.ProblemMessages;
import cn.gov.daxiang.perf.adapter.rest.monitoring.WarningMessages;
import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionView;
import cn.gov.daxiang.perf.application.port.in.allocation.FindAllocationDecisionsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalVersionView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.ListGoalsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.ProjectReadinessQuery;
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
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTaxonomyQuery;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorCategory;
import cn.gov.daxiang.perf.domain.indicator.IndicatorGroup;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportCriteria;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.readiness.ReadinessCheckResult;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One project: what it is, its goal with the three-level indicators, its monitoring reports with their warnings
 * and reasons, its evaluations with scores and grades, the allocation decision, the rectifications and its readiness
 * with every check. A project the viewer may not see is "not found", exactly as the API answers (404).
 */
@ApplicationScoped
public class ProjectPage {

    private static final Paging ALL = new Paging(1, Paging.MAX_SIZE);

    private final ProjectDetailsQuery projects;
    private final ListGoalsQuery goals;
    private final ListMonitoringReportsQuery monitoringReports;
    private final ListSelfEvaluationsQuery selfEvaluations;
    private final ListKeyEvaluationsQuery keyEvaluations;
    private final FindAllocationDecisionsQuery decisions;
    private final ListRectificationsQuery rectifications;
    private final ProjectReadinessQuery readiness;
    private final WarningMessages warningMessages;
    private final ProblemMessages messages;
    private final UnitDirectory units;
    private final IndicatorTaxonomyQuery taxonomy;

    public ProjectPage(ProjectDetailsQuery projects, ListGoalsQuery goals, ListMonitoringReportsQuery monitoringReports,
                       ListSelfEvaluationsQuery selfEvaluations, ListKeyEvaluationsQuery keyEvaluations,
                       FindAllocationDecisionsQuery decisions, ListRectificationsQuery rectifications,
                       ProjectReadinessQuery readiness, WarningMessages warningMessages, ProblemMessages messages, UnitDirectory units,
                       IndicatorTaxonomyQuery taxonomy) {
        this.projects = projects;
        this.goals = goals;
        this.monitoringReports = monitoringReports;
        this.selfEvaluations = selfEvaluations;
        this.keyEvaluations = keyEvaluations;
        this.decisions = decisions;
        this.rectifications = rectifications;
        this.readiness = readiness;
        this.warningMessages = warningMessages;
        this.messages = messages;
        this.units = units;
        this.taxonomy = taxonomy;
    }

    Content content(Actor actor, Texts t, WorkYear year, String codeText) {
        ProjectCode code = ProjectCode.of(codeText);
        ProjectDetails details = projects.findProjectDetails(actor, code);
        Project project = details.project();
        String unitName = units.names(actor).getOrDefault(project.getUnitCode(), project.getUnitCode().value());
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("project", t.get("project.about"))
                .figure(Figure.of("project.funds", t.get("project.funds"), Formats.wanYuan(project.getFunds().total()), "")
                        .unit(t.get("unit.wan")).exact(Formats.yuan(project.getFunds().total())))
                .figure(Figure.of("project.unit", t.get("col.unit"), unitName,
                        Formats.link("/dashboard/projects", "year", year.value(), "unit", project.getUnitCode().value())))
                .figure(Figure.of("project.category", t.get("col.category"), t.label(project.getCategory()), ""))
                .figure(Figure.of("project.library", t.get("col.library"),
                        details.libraryEntry().isPresent() ? t.get("project.inLibrary") : t.get("project.notInLibrary"), ""))
                .build());
        sections.add(goal(actor, t, project));
        sections.add(monitoring(actor, t, project));
        sections.add(evaluations(actor, t, project));
        sections.add(decisions(actor, t, project));
        sections.add(rectifications(actor, t, project));
        sections.add(readiness(actor, t, code));
        return new Content(project.getName(), t.format("project.lead", project.getCode().value(), unitName, project.getFiscalYear().value()),
                List.of(), sections);
    }

    private Section goal(Actor actor, Texts t, Project project) {
        Page<GoalView> found = goals.listGoals(actor, new GoalCriteria(null, null, null, null, project.getCode()), ALL);
        Section.Builder section = Section.of("goal", t.get("project.goal"));
        if (found.items().isEmpty()) {
            return section.note(t.get("project.noGoal")).build();
        }
        GoalView goal = found.items().get(0);
        GoalVersionView version = goal.versions().get(goal.versions().size() - 1);
        section.figure(Figure.of("goal.status", t.get("col.status"), t.label(goal.status()), ""));
        section.note(version.content().annualOverallGoal());
        List<Row> rows = new ArrayList<>();
        IndicatorTaxonomy levels = taxonomy.indicatorTaxonomy();
        for (Indicator indicator : version.content().indicators()) {
            String target = indicator.targetValue() != null ? indicator.comparator().symbol() + indicator.targetValue().stripTrailingZeros().toPlainString()
                    : (indicator.targetText() == null ? "" : indicator.targetText());
            rows.add(Row.of(Cell.of(indicator.name()),
                    Cell.of(levels.group(indicator.level1()).map(IndicatorGroup::label).orElse(indicator.level1())),
                    Cell.of(levels.category(indicator.level2()).map(IndicatorCategory::label).orElse(indicator.level2())),
                    Cell.of(target + (indicator.unitOfMeasure() == null ? "" : " " + indicator.unitOfMeasure())),
                    Cell.of(indicator.weight() == null ? "—" : indicator.weight().stripTrailingZeros().toPlainString())));
        }
        section.table(new Table("table-indicators", t.format("project.indicators", version.number()),
                List.of(t.get("col.indicator"), t.get("col.level1"), t.get("col.level2"), t.get("col.target"), t.get("col.weight")),
                rows, t.get("table.empty")));
        return section.build();
    }

    private Section monitoring(Actor actor, Texts t, Project project) {
        Page<MonitoringReportDetails> found = monitoringReports.listMonitoringReports(actor, MonitoringReportCriteria.ofProject(project.getCode()), ALL);
        List<Row> rows = new ArrayList<>();
        for (MonitoringReportDetails d : found.items()) {
            MonitoringReport r = d.report();
            Optional<Warning> warning = d.warning();
            WarningLevel level = warning.map(Warning::level).orElse(WarningLevel.GREEN);
            String reasons = warning.map(w -> warningMessages.toResponse(w, true, t.language().locale()).reasons().stream()
                    .map(reason -> reason.message()).collect(Collectors.joining("；"))).orElse("—");
            rows.add(Row.of(Cell.of(r.getPeriod().label()), Cell.of(t.label(r.getStatus())), Cell.of(t.label(level)).key("warning.level"),
                    Cell.of(r.getExecutionRate().map(Object::toString).orElse("—")), Cell.of(r.getTimeProgress().toString()), Cell.of(reasons))
                    .tone(level == WarningLevel.GREEN ? "" : level.name().toLowerCase()));
        }
        return Section.of("monitoring", t.get("project.monitoring"))
                .table(new Table("table-monitoring", t.get("project.monitoring"), List.of(t.get("col.period"), t.get("col.status"),
                        t.get("col.level"), t.get("col.executionRate"), t.get("col.timeProgress"), t.get("col.reasons")), rows, t.get("project.noMonitoring")))
                .build();
    }

    private Section evaluations(Actor actor, Texts t, Project project) {
        List<Row> rows = new ArrayList<>();
        Page<SelfEvaluationDetails> self = selfEvaluations.listSelfEvaluations(actor,
                new SelfEvaluationCriteria(null, null, null, null, null, project.getCode()), ALL);
        for (SelfEvaluationDetails d : self.items()) {
            SelfEvaluation e = d.evaluation();
            Optional<GradedScore> result = e.getResult();
            rows.add(Row.of(Cell.of(t.format("project.selfEvaluation", e.getFiscalYear().value())), Cell.of(t.label(e.getStatus())),
                    Cell.of(result.map(r -> r.score().value().toPlainString()).orElse("—")).key("selfEvaluation.score"),
                    Cell.of(result.map(r -> t.label(r.grade())).orElse("—"))));
        }
        List<KeyEvaluationDetails> keys = new ArrayList<>();
        for (int p = 1; ; p++) {
            Page<KeyEvaluationDetails> page = keyEvaluations.listKeyEvaluations(actor, KeyEvaluationCriteria.any(), new Paging(p, Paging.MAX_SIZE));
            page.items().stream().filter(d -> d.evaluation().getObject().projects().contains(project.getCode())).forEach(keys::add);
            if (page.items().size() < Paging.MAX_SIZE) {
                break;
            }
        }
        for (KeyEvaluationDetails d : keys) {
            KeyEvaluation e = d.evaluation();
            rows.add(Row.of(Cell.of(t.format("project.keyEvaluation", e.getFiscalYear().value()) + " · " + e.getTitle()), Cell.of(t.label(e.getState())),
                    Cell.of(e.getResult().map(r -> r.score().value().toPlainString()).orElse("—")).key("keyEvaluation.score"),
                    Cell.of(e.getResult().map(r -> t.label(r.grade())).orElse("—"))));
        }
        return Section.of("evaluations", t.get("project.evaluations"))
                .table(new Table("table-evaluations", t.get("project.evaluations"),
                        List.of(t.get("col.evaluation"), t.get("col.state"), t.get("col.score"), t.get("col.grade")), rows, t.get("project.noEvaluations")))
                .build();
    }

    private Section decisions(Actor actor, Texts t, Project project) {
        List<AllocationDecisionView> found = decisions.listAllocationDecisions(actor,
                new AllocationDecisionCriteria(null, null, project.getUnitCode(), null)).stream()
                .filter(v -> project.getCode().equals(v.decision().getObject().projectCode())).toList();
        List<Row> rows = found.stream().map(v -> {
            AllocationDecision d = v.decision();
            return Row.of(Cell.of(d.getBudgetYear().value()), Cell.of(t.label(d.getTreatment())).key("decision.treatment"),
                    Cell.of(d.getAdjustment().toString()), Cell.of(Formats.wanYuan(d.getBase())), Cell.of(Formats.wanYuan(d.getAdjustedAmount())),
                    Cell.of(t.label(d.getState()) + (d.isOverridden() ? " · " + t.get("decision.overridden") : "")));
        }).toList();
        return Section.of("decision", t.get("project.decision"))
                .table(new Table("table-decision", t.get("project.decision"), List.of(t.get("col.budgetYear"), t.get("col.treatment"),
                        t.get("col.adjustment"), t.get("col.baseWan"), t.get("col.adjustedWan"), t.get("col.state")), rows, t.get("project.noDecision")))
                .build();
    }

    private Section rectifications(Actor actor, Texts t, Project project) {
        Page<RectificationDetails> found = rectifications.listRectifications(actor,
                new RectificationCriteria(null, project.getCode(), null, null, null, null, rectifications.districtToday()), ALL);
        List<Row> rows = found.items().stream().map(d -> {
            Rectification r = d.rectification();
            return Row.of(Cell.of(r.getText()), Cell.of(t.label(r.getState())), Cell.of(r.getDeadline()),
                    Cell.of(d.overdue().overdue() ? t.format("rectification.overdueDays", d.overdue().daysOverdue()) : "—"))
                    .tone(d.overdue().overdue() ? "red" : "");
        }).toList();
        return Section.of("rectifications", t.get("project.rectifications"))
                .table(new Table("table-rectifications", t.get("project.rectifications"), List.of(t.get("col.finding"), t.get("col.state"),
                        t.get("col.deadline"), t.get("col.overdue")), rows, t.get("project.noRectifications")))
                .build();
    }

    private Section readiness(Actor actor, Texts t, ProjectCode code) {
        ReadinessReport report = readiness.projectReadiness(actor, code);
        List<Row> rows = new ArrayList<>();
        for (ReadinessCheckResult check : report.results()) {
            rows.add(Row.of(Cell.of(messages.has(check.check(), t.language().locale()) ? messages.title(check.check(), t.language().locale()) : check.check()), Cell.of(check.passed() ? t.get("readiness.passed") : t.get("readiness.failed")).key("readiness." + check.check()),
                    Cell.of(messages.detail(check.reason(), check.arguments(), t.language().locale())))
                    .tone(check.passed() ? "" : "red"));
        }
        return Section.of("readiness", t.get("project.readiness"))
                .figure(Figure.of("readiness.ready", t.get("readiness.ready"), report.isReady() ? t.get("filter.yes") : t.get("filter.no"), "")
                        .exact(String.valueOf(report.isReady())).tone(report.isReady() ? "green" : "red"))
                .table(new Table("table-readiness", t.get("project.readiness"), List.of(t.get("col.check"), t.get("col.result"), t.get("col.reason")),
                        rows, t.get("table.empty")))
                .build();
    }
}
