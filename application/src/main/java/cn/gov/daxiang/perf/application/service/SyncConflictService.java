package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.sync.FindSyncConflictQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListSyncConflictsQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ResolveSyncConflictUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncConflictRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncSettings;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictKind;
import cn.gov.daxiang.perf.domain.sync.ConflictNotApplicableException;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
import cn.gov.daxiang.perf.domain.sync.ConflictResolvedReport;
import cn.gov.daxiang.perf.domain.sync.ConflictState;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncConflictId;
import cn.gov.daxiang.perf.domain.sync.SyncConflictNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class SyncConflictService implements ListSyncConflictsQuery, FindSyncConflictQuery, ResolveSyncConflictUseCase {

    private final SyncConflictRepository conflicts;
    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final ProjectExecutionRepository executions;
    private final LocalWorkLookup localWork;
    private final ImportReferenceDataUseCase importReferenceData;
    private final ProvincialReports reports;
    private final AuditTrail audit;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public SyncConflictService(SyncConflictRepository conflicts, BudgetUnitRepository units, ProjectRepository projects,
                               ProjectExecutionRepository executions, LocalWorkLookup localWork,
                               ImportReferenceDataUseCase importReferenceData, ProvincialReports reports, AuditTrail audit,
                               SyncSettings settings, Clock clock) {
        this.conflicts = conflicts;
        this.units = units;
        this.projects = projects;
        this.executions = executions;
        this.localWork = localWork;
        this.importReferenceData = importReferenceData;
        this.reports = reports;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Page<SyncConflict> listSyncConflicts(Actor actor, ConflictState state, ConflictKind kind, Paging paging) {
        AccessPolicy.requireSyncOperator(actor);
        return conflicts.find(state, kind, paging);
    }

    @Override
    public SyncConflict findSyncConflict(Actor actor, SyncConflictId id) {
        AccessPolicy.requireSyncOperator(actor);
        return conflicts.findById(id).orElseThrow(() -> new SyncConflictNotFoundException(id));
    }

    /**
     * The decision, its audit event and its report to the province are written first; taking the change over
     * comes last, so that when it is refused (422) the whole transaction, report included, rolls back.
     */
    @Override
    public SyncConflict resolveSyncConflict(Actor actor, SyncConflictId id, ConflictResolution resolution, String note) {
        AccessPolicy.requireSyncOperator(actor);
        SyncConflict conflict = conflicts.findById(id).orElseThrow(() -> new SyncConflictNotFoundException(id));
        AuditSnapshot before = conflict.auditSnapshot();
        conflict.resolve(resolution, actor.userId(), note, clock.instant());
        conflicts.save(conflict);
        audit.transitioned(actor, "resolve", before, conflict);
        reports.report(new ConflictResolvedReport(conflict, settings.mofDivCode()));
        if (resolution == ConflictResolution.ACCEPT_PROVINCIAL) {
            takeOver(actor, conflict);
        }
        return conflict;
    }

    private void takeOver(Actor actor, SyncConflict conflict) {
        switch (conflict.getStream()) {
            case AGENCIES -> {
                BudgetUnit unit = conflict.isDeletion() ? deactivated(conflict) : conflict.incomingUnit();
                importReferenceData.importReferenceData(actor, new ReferenceDataBatch(List.of(unit), List.of()));
            }
            case PROJECTS -> {
                if (conflict.isDeletion()) {
                    deleteProject(actor, conflict);
                } else {
                    importReferenceData.importReferenceData(actor, new ReferenceDataBatch(List.of(), List.of(conflict.incomingProject())));
                }
            }
            case EXECUTION -> {
                if (conflict.isDeletion()) {
                    return;
                }
                ProjectExecution incoming = conflict.incomingExecution();
                if (projects.findByCode(incoming.projectCode()).isEmpty()) {
                    throw ConflictNotApplicableException.referenceStillUnresolved(conflict);
                }
                Optional<ProjectExecution> before = executions.findByCode(incoming.projectCode());
                executions.save(incoming);
                if (before.isEmpty()) {
                    audit.created(actor, incoming);
                } else {
                    audit.updated(actor, before.get().auditSnapshot(), incoming);
                }
            }
        }
    }

    /** Units are never deleted here: a unit the province deleted is deactivated. */
    private BudgetUnit deactivated(SyncConflict conflict) {
        BudgetUnit local = units.findByCode(UnitCode.of(conflict.getSubjectKey()))
                .orElseThrow(() -> ConflictNotApplicableException.referenceStillUnresolved(conflict));
        return BudgetUnit.of(local.getCode(), local.getName(), local.getSupervisingDepartment().orElse(null), false);
    }

    private void deleteProject(Actor actor, SyncConflict conflict) {
        ProjectCode code = ProjectCode.of(conflict.getSubjectKey());
        Optional<Project> local = projects.findByCode(code);
        if (local.isEmpty()) {
            return;
        }
        if (!localWork.projectsWithLocalWork(List.of(code)).isEmpty()) {
            throw ConflictNotApplicableException.localWorkRemains(conflict);
        }
        projects.delete(code);
        audit.deleted(actor, local.get().auditSnapshot());
    }
}
