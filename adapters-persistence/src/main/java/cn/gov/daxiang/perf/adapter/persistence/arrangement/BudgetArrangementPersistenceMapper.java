package cn.gov.daxiang.perf.adapter.persistence.arrangement;

import cn.gov.daxiang.perf.domain.arrangement.ArrangementRevision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.ZoneOffset;
import java.util.List;

@Mapper
public interface BudgetArrangementPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "arrangementPk", ignore = true)
    @Mapping(target = "amount", source = "amount.amount")
    @Mapping(target = "assessmentId", source = "assessmentId.value")
    @Mapping(target = "assessedAmount", source = "assessedAmount.amount")
    @Mapping(target = "revisedBy", source = "by.value")
    @Mapping(target = "revisedAt", expression = "java(revision.at().atOffset(java.time.ZoneOffset.UTC))")
    BudgetArrangementRevisionJpaEntity toEntity(ArrangementRevision revision);

    default ArrangementRevision toDomain(BudgetArrangementRevisionJpaEntity row) {
        return new ArrangementRevision(row.number, new Money(row.amount), BudgetClassification.valueOf(row.classification),
                row.classificationReason, row.assessmentId == null ? null : PreAssessmentId.of(row.assessmentId),
                row.assessedAmount == null ? null : new Money(row.assessedAmount), ActorId.of(row.revisedBy), row.revisedAt.toInstant());
    }

    default BudgetArrangement toDomain(BudgetArrangementJpaEntity root, List<BudgetArrangementRevisionJpaEntity> revisions) {
        return BudgetArrangement.restore(ProjectCode.of(root.projectCode), UnitCode.of(root.unitCode), FiscalYear.of(root.budgetYear),
                ProjectCategory.valueOf(root.category), revisions.stream().map(this::toDomain).toList());
    }

    default void copyToRoot(BudgetArrangement a, BudgetArrangementJpaEntity root) {
        if (root.projectCode == null) {
            root.projectCode = a.getProjectCode().value();
            root.unitCode = a.getUnitCode().value();
            root.budgetYear = a.getBudgetYear().value();
            root.category = a.getCategory().name();
        }
        root.classification = a.getClassification().name();
        root.amount = a.getAmount().amount();
    }

    static ZoneOffset utc() {
        return ZoneOffset.UTC;
    }
}
