package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReport;
import cn.gov.daxiang.perf.application.port.in.referencedata.LoadReferenceDataUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.ReferenceDataSource;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceRecordTakenOver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class ReferenceDataImportService implements ImportReferenceDataUseCase, LoadReferenceDataUseCase {

    private final BudgetUnitRepository units;
    private final ProjectRepository projects;
    private final ReferenceDataSource source;
    private final ChangePipeline pipeline;

    @Inject
    public ReferenceDataImportService(BudgetUnitRepository units, ProjectRepository projects, ReferenceDataSource source,
                                      ChangePipeline pipeline) {
        this.units = units;
        this.projects = projects;
        this.source = source;
        this.pipeline = pipeline;
    }

    @Override
    public ImportReport loadReferenceData(Actor actor) {
        AccessPolicy.requireReferenceDataImport(actor);
        return importReferenceData(actor, source.load());
    }

    @Override
    public ImportReport importReferenceData(Actor actor, ReferenceDataBatch batch) {
        AccessPolicy.requireReferenceDataImport(actor);
        Set<UnitCode> knownOutside = units.findByCodes(batch.referencedUnitsOutsideBatch()).stream()
                .map(BudgetUnit::getCode).collect(Collectors.toSet());
        batch.checkReferences(knownOutside::contains);

        ImportReport.Counts unitCounts = upsert(actor, batch.unitsDepartmentsFirst(), units.findByCodes(batch.unitCodes()),
                BudgetUnit::getCode, BudgetUnit::takeOver, units::saveAll);
        ImportReport.Counts projectCounts = upsert(actor, batch.projects(), projects.findByCodes(batch.projectCodes()),
                Project::getCode, Project::takeOver, projects::saveAll);
        return new ImportReport(unitCounts, projectCounts);
    }

    /**
     * Saves what is new or changed, all in one go (a province-wide sync or a benchmark load brings thousands: one
     * lookup and batched writes, not a query per record), then publishes each record's event in the batch's order;
     * what is already up to date is left untouched.
     */
    private <T extends Auditable, K> ImportReport.Counts upsert(Actor actor, List<T> incoming, Collection<T> existing,
                                                                Function<T, K> key, BiPredicate<T, T> takeOver, Consumer<List<T>> saveAll) {
        Map<K, T> byKey = existing.stream().collect(Collectors.toMap(key, Function.identity()));
        List<T> save = new ArrayList<>();
        List<Runnable> events = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (T record : incoming) {
            T local = byKey.get(key.apply(record));
            if (local == null) {
                save.add(record);
                events.add(() -> {
                    AuditSnapshot after = record.auditSnapshot();
                    pipeline.record(actor, new ReferenceRecordTakenOver(after.objectType(), after.objectId(), true), null, after);
                });
                created++;
                continue;
            }
            AuditSnapshot before = local.auditSnapshot();
            if (takeOver.test(local, record)) {
                save.add(local);
                AuditSnapshot after = local.auditSnapshot();
                events.add(() -> pipeline.record(actor, new ReferenceRecordTakenOver(before.objectType(), before.objectId(), false),
                        before, after));
                updated++;
            } else {
                unchanged++;
            }
        }
        saveAll.accept(save);
        events.forEach(Runnable::run);
        return new ImportReport.Counts(created, updated, unchanged);
    }
}
