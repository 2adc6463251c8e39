package cn.gov.daxiang.perf.domain.execution;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A project's budget execution as the province reports it (预算执行): the adjusted budget (调整后预算数) and the
 * amount executed (paid) so far, as of a day. The province is the source of truth; the district keeps the
 * latest figures per project for monitoring and self-evaluation.
 */
public record ProjectExecution(ProjectCode projectCode, FiscalYear fiscalYear, BudgetExecution execution, LocalDate asOf)
        implements Auditable {

    public static final String AUDIT_TYPE = "project-execution";

    public ProjectExecution {
        Objects.requireNonNull(projectCode, "projectCode");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(asOf, "asOf");
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        return new AuditSnapshot(AUDIT_TYPE, projectCode.value(), Map.of(
                "fiscalYear", fiscalYear.toString(),
                "adjustedBudget", execution.adjustedBudget().toString(),
                "executed", execution.executed().toString(),
                "asOf", asOf.toString()));
    }
}
