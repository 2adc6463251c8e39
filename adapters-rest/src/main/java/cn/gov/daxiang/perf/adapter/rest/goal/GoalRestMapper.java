package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.goal.ReviewStep;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper
public interface GoalRestMapper {

    GoalResponse.IndicatorResponse toResponse(Indicator indicator);

    default String indicatorId(IndicatorId id) {
        return id == null ? null : id.toString();
    }

    default GoalResponse toResponse(GoalDetails details) {
        PerformanceGoal goal = details.goal();
        return new GoalResponse(goal.getId().toString(), goal.getKind().name(), goal.getFiscalYear().value(),
                goal.getUnitCode().value(), goal.getProjectCode().map(ProjectCode::value).orElse(null),
                goal.getUpperLevelGoal().map(this::toResponse).orElse(null), details.revision(), goal.getStatus().name(),
                goal.allowedActions().stream().filter(a -> a != GoalAction.CREATE).map(Enum::name).toList(),
                goal.latestApprovedVersion().map(GoalVersion::getNumber).orElse(null),
                details.reviewAgencyIfAny().map(Object::toString).orElse(null),
                toResponse(goal.currentVersion()),
                goal.getVersions().stream().map(v -> new GoalResponse.VersionSummary(v.getNumber(), v.getStatus().name(),
                        v.getAuditGrade().map(Enum::name).orElse(null), v.getApprovedAt().orElse(null))).toList());
    }

    default GoalResponse.Version toResponse(GoalVersion version) {
        return new GoalResponse.Version(version.getNumber(), version.getStatus().name(), version.getAuditGrade().map(Enum::name).orElse(null),
                version.getConsultationNote().orElse(null), version.getAdjustmentReason().orElse(null), version.getApprovedAt().orElse(null),
                new GoalResponse.Content(version.getContent().annualOverallGoal(), version.getContent().longTermGoal(),
                        version.getContent().departmentDuties(), version.getContent().indicators().stream().map(this::toResponse).toList()),
                reasons(version.latestReturnReasons()),
                version.getHistory().stream().map(this::toResponse).toList());
    }

    default GoalResponse.Step toResponse(ReviewStep step) {
        return new GoalResponse.Step(step.action().name(), step.from() == null ? null : step.from().name(), step.to().name(),
                step.actor(), step.at(), step.auditGrade() == null ? null : step.auditGrade().name(), step.note(), reasons(step.reasons()));
    }

    default GoalResponse.UpperLevelGoal toResponse(UpperLevelGoalReference reference) {
        return new GoalResponse.UpperLevelGoal(reference.issuingLevel().name(), reference.documentNumber(),
                reference.upperGoalText(), reference.upperGoalId());
    }

    default List<GoalResponse.Reason> reasons(List<ReturnReason> reasons) {
        return reasons.stream().map(r -> new GoalResponse.Reason(r.indicator().map(IndicatorId::toString).orElse(null), r.text())).toList();
    }
}
