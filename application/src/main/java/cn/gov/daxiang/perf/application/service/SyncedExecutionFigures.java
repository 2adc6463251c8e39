package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.ExecutionSettings;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The province's execution figures of a monitoring report's or a self-evaluation's project as of the last sync, and
 * what a unit's entry makes of them ({@link ReportedExecution}). Figures of another fiscal year than the object's do
 * not count; a department-overall object (no project) has none.
 */
@ApplicationScoped
public class SyncedExecutionFigures {

    private final ProjectExecutionRepository executions;
    private final ExecutionSettings settings;

    @Inject
    public SyncedExecutionFigures(ProjectExecutionRepository executions, ExecutionSettings settings) {
        this.executions = executions;
        this.settings = settings;
    }

    /** The synced figures of the project for the fiscal year, if the sync holds any. */
    public Optional<ProjectExecution> of(Optional<ProjectCode> projectCode, FiscalYear fiscalYear) {
        return projectCode.flatMap(executions::findByCode).filter(e -> e.fiscalYear().equals(fiscalYear));
    }

    /** The unit's entry (typed figures and reason, either may be null) against the synced figures. */
    public ReportedExecution resolve(Optional<ProjectCode> projectCode, FiscalYear fiscalYear, BudgetExecution typed, String reason,
                                     ReportedExecution current) {
        return ReportedExecution.resolve(of(projectCode, fiscalYear).orElse(null), typed, reason, current, settings.executionTolerance());
    }

    /** The held figures against the latest synced ones (a change that types no figures, a submission). */
    public ReportedExecution refresh(Optional<ProjectCode> projectCode, FiscalYear fiscalYear, ReportedExecution current) {
        return ReportedExecution.refresh(of(projectCode, fiscalYear).orElse(null), current, settings.executionTolerance());
    }
}
