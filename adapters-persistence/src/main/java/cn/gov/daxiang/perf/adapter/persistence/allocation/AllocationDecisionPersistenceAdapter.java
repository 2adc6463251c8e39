package cn.gov.daxiang.perf.adapter.persistence.allocation;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.adapter.persistence.shared.RevisionLocks;
import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.allocation.Adjustment;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionState;
import cn.gov.daxiang.perf.domain.allocation.AllocationObject;
import cn.gov.daxiang.perf.domain.allocation.AllocationObjectKind;
import cn.gov.daxiang.perf.domain.allocation.Treatment;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Allocation decisions, one row each (hand-mapped: one flat table). */
@ApplicationScoped
public class AllocationDecisionPersistenceAdapter implements AllocationDecisionRepository {

    private static final int FLUSH_EVERY = 500;

    private final AllocationDecisionPanacheRepository rows;

    @Inject
    public AllocationDecisionPersistenceAdapter(AllocationDecisionPanacheRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Stored> findById(AllocationDecisionId id) {
        return rows.find("decisionId", id.value()).firstResultOptional().map(r -> new Stored(toDomain(r), r.version));
    }

    @Override
    public List<Stored> find(AllocationDecisionCriteria criteria, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("unitCode in :scope", "scope", DynamicQuery.codes(scope));
        }
        if (criteria.budgetYear() != null) {
            query.and("budgetYear = :budgetYear", "budgetYear", criteria.budgetYear().value());
        }
        if (criteria.treatment() != null) {
            query.and("treatment = :treatment", "treatment", criteria.treatment().name());
        }
        if (criteria.unitCode() != null) {
            query.and("unitCode = :unitCode", "unitCode", criteria.unitCode().value());
        }
        if (criteria.state() != null) {
            query.and("state = :state", "state", criteria.state().name());
        }
        return query.list(rows, Sort.by("unitCode").and("objectKind").and("projectCode").and("proposedAt").and("id")).stream()
                .map(r -> new Stored(toDomain(r), r.version)).toList();
    }

    @Override
    public long add(AllocationDecision decision) {
        if (rows.count("decisionId", decision.getId().value()) > 0) {
            throw alreadyOpen(decision);
        }
        String key = activeKey(decision);
        if (key != null && rows.count("activeKey", key) > 0) {
            throw alreadyOpen(decision);
        }
        AllocationDecisionJpaEntity row = newRow(decision);
        rows.persist(row);
        flushRefusingSecondActive(decision);
        return row.version;
    }

    /**
     * A year's proposals in JDBC batches, flushed and let go of a chunk at a time: checking each one first and flushing
     * after each, as {@link #add} does, made 20,000 proposals dirty-check everything the transaction had loaded 40,000
     * times and outlast the transaction timeout. The unique keys still refuse a second active decision, at the flush.
     */
    @Override
    public void addAll(List<AllocationDecision> decisions) {
        for (int from = 0; from < decisions.size(); from += FLUSH_EVERY) {
            List<AllocationDecision> chunk = decisions.subList(from, Math.min(decisions.size(), from + FLUSH_EVERY));
            chunk.forEach(d -> rows.persist(newRow(d)));
            flushRefusingSecondActive(chunk.get(0));
            rows.getEntityManager().clear();
        }
    }

    private void flushRefusingSecondActive(AllocationDecision decision) {
        try {
            rows.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_allocation_decision_active") || Constraints.violates(e, "uk_allocation_decision_id")) {
                throw alreadyOpen(decision);
            }
            throw e;
        }
    }

    private AllocationDecisionJpaEntity newRow(AllocationDecision decision) {
        AllocationDecisionJpaEntity row = new AllocationDecisionJpaEntity();
        AllocationDecision.Record r = decision.getRecord();
        row.decisionId = r.id().value();
        row.budgetYear = r.budgetYear().value();
        row.objectKind = r.object().kind().name();
        row.unitCode = r.object().unitCode().value();
        row.projectCode = r.object().projectCode() == null ? null : r.object().projectCode().value();
        row.objectName = r.object().name();
        row.evaluationType = r.evaluationType().name();
        row.evaluationId = r.evaluationId();
        row.score = r.result().score().value();
        row.grade = r.result().grade().name();
        row.gradeScheme = r.result().schemeId().value();
        row.evaluatedYear = r.evaluatedYear().value();
        row.policyVersion = r.policyVersion();
        row.proposedTreatment = r.proposedTreatment().name();
        row.proposedAdjustment = r.proposedAdjustment().percent();
        row.baseAmount = r.base().amount();
        row.proposedBy = r.proposedBy().value();
        row.proposedAt = time(r.proposedAt());
        copyChanging(decision, row);
        return row;
    }

    @Override
    public long update(AllocationDecision decision, long expectedRevision) {
        AllocationDecisionJpaEntity row = rows.find("decisionId", decision.getId().value()).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("allocation decision " + decision.getId() + " was never stored"));
        RevisionLocks.lockForChange(rows.getEntityManager(), row, x -> x.version, expectedRevision, AllocationDecision.AUDIT_TYPE,
                decision.getId().toString());
        copyChanging(decision, row);
        rows.getEntityManager().flush();
        return row.version;
    }

    private static void copyChanging(AllocationDecision decision, AllocationDecisionJpaEntity row) {
        AllocationDecision.Record r = decision.getRecord();
        row.activeKey = activeKey(decision);
        row.treatment = r.treatment().name();
        row.adjustmentPercent = r.adjustment().percent();
        row.state = r.state().name();
        row.overrideReason = r.overrideReason();
        row.decidedBy = r.decidedBy() == null ? null : r.decidedBy().value();
        row.decidedAt = r.decidedAt() == null ? null : time(r.decidedAt());
        row.supersedesId = r.supersedes() == null ? null : r.supersedes().value();
        row.supersededById = r.supersededBy() == null ? null : r.supersededBy().value();
    }

    private static String activeKey(AllocationDecision decision) {
        return decision.isActive() ? decision.getBudgetYear().value() + "|" + decision.getObject().key() : null;
    }

    private static AllocationDecision toDomain(AllocationDecisionJpaEntity row) {
        UnitCode unit = UnitCode.of(row.unitCode);
        AllocationObject object = new AllocationObject(AllocationObjectKind.valueOf(row.objectKind), unit,
                row.projectCode == null ? null : ProjectCode.of(row.projectCode), row.objectName);
        return AllocationDecision.restore(new AllocationDecision.Record(new AllocationDecisionId(row.decisionId), FiscalYear.of(row.budgetYear),
                object, EvaluationType.valueOf(row.evaluationType), row.evaluationId,
                new GradedScore(Score.of(row.score), Grade.valueOf(row.grade), GradeSchemeId.of(row.gradeScheme)), FiscalYear.of(row.evaluatedYear),
                row.policyVersion, Treatment.valueOf(row.proposedTreatment), new Adjustment(row.proposedAdjustment),
                Treatment.valueOf(row.treatment), new Adjustment(row.adjustmentPercent), new Money(row.baseAmount),
                AllocationDecisionState.valueOf(row.state), row.overrideReason, ActorId.of(row.proposedBy), row.proposedAt.toInstant(),
                row.decidedBy == null ? null : ActorId.of(row.decidedBy), row.decidedAt == null ? null : row.decidedAt.toInstant(),
                row.supersedesId == null ? null : new AllocationDecisionId(row.supersedesId),
                row.supersededById == null ? null : new AllocationDecisionId(row.supersededById)));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AlreadyExistsException alreadyOpen(AllocationDecision decision) {
        return new AlreadyExistsException("ALLOCATION_DECISION_ALREADY_OPEN", Map.of("object", decision.getObject().key(),
                "budgetYear", decision.getBudgetYear().value()));
    }
}
