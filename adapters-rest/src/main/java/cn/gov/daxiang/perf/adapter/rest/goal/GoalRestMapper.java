package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.in.goal.GoalVersionView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
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

    /** A goal a use case answered with the aggregate (declaration, edit, import): mapped as its read model. */
    default GoalResponse toResponse(GoalDetails details) {
        return toResponse(details.view());
    }

    default GoalResponse toResponse(GoalView goal) {
        return new GoalResponse(goal.id().toString(), goal.kind().name(), goal.fiscalYear().value(),
                goal.unitCode().value(), goal.projectCodeIfAny().map(ProjectCode::value).orElse(null),
                goal.upperLevelGoalIfAny().map(this::toResponse).orElse(null), goal.revision(), goal.status().name(),
                goal.allowedActions().stream().filter(a -> a != GoalAction.CREATE).map(Enum::name).toList(),
                goal.latestApprovedVersion(),
                goal.reviewAgencyIfAny().map(Object::toString).orElse(null),
                toResponse(goal.currentVersion()),
                goal.versions().stream().map(v -> new GoalResponse.VersionSummary(v.number(), v.status().name(),
                        v.auditGradeIfAny().map(Enum::name).orElse(null), v.approvedAt())).toList());
    }

    default GoalResponse.Version toResponse(GoalVersionView version) {
        return new GoalResponse.Version(version.number(), version.status().name(), version.auditGradeIfAny().map(Enum::name).orElse(null),
                version.consultationNote(), version.adjustmentReason(), version.approvedAt(),
                new GoalResponse.Content(version.content().annualOverallGoal(), version.content().longTermGoal(),
                        version.content().departmentDuties(), version.content().indicators().stream().map(this::toResponse).toList()),
                reasons(version.latestReturnReasons()),
                version.history().stream().map(this::toResponse).toList());
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
