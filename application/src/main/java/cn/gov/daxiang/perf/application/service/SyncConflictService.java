package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.sync.FindSyncConflictQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ListSyncConflictsQuery;
import cn.gov.daxiang.perf.application.port.in.sync.ResolveSyncConflictCommand;
import cn.gov.daxiang.perf.application.port.in.sync.ResolveSyncConflictUseCase;
import cn.gov.daxiang.perf.application.port.in.sync.SyncConflictCriteria;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.application.port.out.sync.ProjectExecutionRepository;
import cn.gov.daxiang.perf.application.port.out.sync.SyncConflictRepository;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceRecordTakenOver;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceRecordWithdrawn;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.sync.ConflictNotApplicableException;
import cn.gov.daxiang.perf.domain.sync.ConflictResolution;
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
    private final ChangePipeline pipeline;
    private final Clock clock;

    @Inject
    public SyncConflictService(SyncConflictRepository conflicts, BudgetUnitRepository units, ProjectRepository projects,
                               ProjectExecutionRepository executions, LocalWorkLookup localWork,
                               ImportReferenceDataUseCase importReferenceData, ChangePipeline pipeline, Clock clock) {
        this.conflicts = conflicts;
        this.units = units;
        this.projects = projects;
        this.executions = executions;
        this.localWork = localWork;
        this.importReferenceData = importReferenceData;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public Page<SyncConflict> listSyncConflicts(Actor actor, SyncConflictCriteria criteria, Paging paging) {
        AccessPolicy.requireSyncOperator(actor);
        return conflicts.find(criteria.state(), criteria.kind(), paging);
    }

    @Override
    public SyncConflict findSyncConflict(Actor actor, SyncConflictId id) {
        AccessPolicy.requireSyncOperator(actor);
        return conflicts.findById(id).orElseThrow(() -> new SyncConflictNotFoundException(id));
    }

    /**
     * The decision is saved and its event (audit record, report to the province) dispatched first; taking the change
     * over comes last, so that when it is refused (422) the whole transaction, report included, rolls back. The role
     * is checked before the conflict is looked up, so that someone who may not resolve learns nothing of which exist.
     */
    @Override
    public SyncConflict resolveSyncConflict(Actor actor, ResolveSyncConflictCommand command) {
        AccessPolicy.requireSyncOperator(actor);
        SyncConflict conflict = pipeline.change(actor, stored(command.conflictId()))
                .authorisedBy(c -> AccessPolicy.requireSyncOperator(actor))
                .apply(c -> c.resolve(command.resolution(), actor.userId(), command.note(), clock.instant()))
                .aggregate();
        if (command.resolution() == ConflictResolution.ACCEPT_PROVINCIAL) {
            takeOver(actor, conflict);
        }
        return conflict;
    }

    /** A conflict has no revision: resolving only an open one is what keeps two decisions from both counting. */
    private AggregateAccess<SyncConflict> stored(SyncConflictId id) {
        return new AggregateAccess<>() {
            @Override
            public SyncConflict load() {
                return conflicts.findById(id).orElseThrow(() -> new SyncConflictNotFoundException(id));
            }

            @Override
            public long save(SyncConflict conflict) {
                conflicts.save(conflict);
                return 0;
            }
        };
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
                pipeline.record(actor, new ReferenceRecordTakenOver(ProjectExecution.AUDIT_TYPE, incoming.projectCode().value(),
                        before.isEmpty()), before.map(ProjectExecution::auditSnapshot).orElse(null), incoming.auditSnapshot());
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
        pipeline.record(actor, new ReferenceRecordWithdrawn(Project.AUDIT_TYPE, code.value()), local.get().auditSnapshot(), null);
    }
}
