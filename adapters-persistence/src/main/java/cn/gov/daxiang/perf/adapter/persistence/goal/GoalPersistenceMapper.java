package cn.gov.daxiang.perf.adapter.persistence.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Mapper
public interface GoalPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "versionPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    @Mapping(target = "indicatorId", source = "id")
    GoalIndicatorJpaEntity toEntity(Indicator indicator);

    @Mapping(target = "id", source = "indicatorId")
    @Mapping(target = "withWeight", ignore = true)
    Indicator toDomain(GoalIndicatorJpaEntity entity);

    default UUID indicatorId(IndicatorId id) {
        return id.value();
    }

    default IndicatorId indicatorId(UUID id) {
        return new IndicatorId(id);
    }

    /** Rebuilds a goal from its root row, its version rows (in order) and each version's indicators. */
    default PerformanceGoal toDomain(PerformanceGoalJpaEntity root, List<GoalVersionJpaEntity> versions,
                                     Map<Long, List<GoalIndicatorJpaEntity>> indicatorsByVersion) {
        List<GoalVersion> restored = versions.stream().map(v -> GoalVersion.restore(v.versionNumber, GoalStatus.valueOf(v.status),
                new GoalContent(v.annualOverallGoal, v.longTermGoal, v.departmentDuties,
                        indicatorsByVersion.getOrDefault(v.id, List.of()).stream().map(this::toDomain).toList()),
                v.auditGrade == null ? null : AuditGrade.valueOf(v.auditGrade), GoalHistoryJson.read(v.history))).toList();
        UpperLevelGoalReference upper = root.upperIssuingLevel == null ? null : new UpperLevelGoalReference(
                IssuingLevel.valueOf(root.upperIssuingLevel), root.upperDocumentNumber, root.upperGoalText, root.upperGoalRef);
        return PerformanceGoal.restore(new GoalId(root.goalId), GoalKind.valueOf(root.kind), FiscalYear.of(root.fiscalYear),
                new UnitCode(root.unitCode), root.projectCode == null ? null : new ProjectCode(root.projectCode), upper, restored);
    }

    /** The root row's fields from the goal; the keys that never change are set once, on a new row. */
    default void copyToRoot(PerformanceGoal goal, PerformanceGoalJpaEntity root) {
        if (root.goalId == null) {
            root.goalId = goal.getId().value();
            root.kind = goal.getKind().name();
            root.fiscalYear = goal.getFiscalYear().value();
            root.unitCode = goal.getUnitCode().value();
            root.projectCode = goal.getProjectCode().map(ProjectCode::value).orElse(null);
            root.subjectKey = GoalSubject.key(goal.getKind(), goal.getUnitCode(), goal.getProjectCode().orElse(null));
        }
        UpperLevelGoalReference upper = goal.getUpperLevelGoal().orElse(null);
        root.upperIssuingLevel = upper == null ? null : upper.issuingLevel().name();
        root.upperDocumentNumber = upper == null ? null : upper.documentNumber();
        root.upperGoalText = upper == null ? null : upper.upperGoalText();
        root.upperGoalRef = upper == null ? null : upper.upperGoalId();
        root.currentVersionNo = goal.currentVersion().getNumber();
        root.currentStatus = goal.getStatus().name();
        root.approvedVersionNo = goal.latestApprovedVersion().map(GoalVersion::getNumber).orElse(null);
    }

    default void copyToVersion(GoalVersion version, GoalVersionJpaEntity entity) {
        entity.versionNumber = version.getNumber();
        entity.status = version.getStatus().name();
        entity.auditGrade = version.getAuditGrade().map(AuditGrade::name).orElse(null);
        entity.annualOverallGoal = version.getContent().annualOverallGoal();
        entity.longTermGoal = version.getContent().longTermGoal();
        entity.departmentDuties = version.getContent().departmentDuties();
        entity.history = GoalHistoryJson.write(version.getHistory());
    }
}
