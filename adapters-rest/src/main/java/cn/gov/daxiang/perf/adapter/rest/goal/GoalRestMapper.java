package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.goal.GoalVersionView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
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

    default GoalResponse.IndicatorResponse toResponse(Indicator i) {
        return new GoalResponse.IndicatorResponse(i.id().toString(), i.level1(), i.level2(), i.name(), Coded.of(i.valueType()),
                Coded.of(i.comparator()), i.targetValue(), i.targetText(), i.unitOfMeasure(), i.weight(), i.explanation(), i.scoringRule());
    }

    default GoalResponse toResponse(GoalView goal) {
        return new GoalResponse(goal.id().toString(), Coded.of(goal.kind()), goal.fiscalYear().value(),
                goal.unitCode().value(), goal.unitName(), goal.projectCodeIfAny().map(ProjectCode::value).orElse(null), goal.projectName(),
                goal.upperLevelGoalIfAny().map(this::toResponse).orElse(null), goal.revision(), Coded.of(goal.status()),
                goal.allowedActions().stream().map(Coded::of).toList(),
                goal.latestApprovedVersion(),
                goal.reviewAgencyIfAny().map(Object::toString).orElse(null),
                toResponse(goal.currentVersion()),
                goal.versions().stream().map(v -> new GoalResponse.VersionSummary(v.number(), Coded.of(v.status()),
                        v.auditGradeIfAny().map(Coded::of).orElse(null), v.approvedAt())).toList());
    }

    default GoalResponse.Version toResponse(GoalVersionView version) {
        return new GoalResponse.Version(version.number(), Coded.of(version.status()), version.auditGradeIfAny().map(Coded::of).orElse(null),
                version.consultationNote(), version.adjustmentReason(), version.approvedAt(),
                new GoalResponse.Content(version.content().annualOverallGoal(), version.content().longTermGoal(),
                        version.content().departmentDuties(), version.content().indicators().stream().map(this::toResponse).toList()),
                reasons(version.latestReturnReasons()),
                version.history().stream().map(this::toResponse).toList());
    }

    default GoalResponse.Step toResponse(ReviewStep step) {
        return new GoalResponse.Step(Coded.of(step.action()), Coded.of(step.from()), Coded.of(step.to()),
                step.actor(), step.at(), Coded.of(step.auditGrade()), step.note(), reasons(step.reasons()));
    }

    default GoalResponse.UpperLevelGoal toResponse(UpperLevelGoalReference reference) {
        return new GoalResponse.UpperLevelGoal(Coded.of(reference.issuingLevel()), reference.documentNumber(),
                reference.upperGoalText(), reference.upperGoalId());
    }

    default List<GoalResponse.Reason> reasons(List<ReturnReason> reasons) {
        return reasons.stream().map(r -> new GoalResponse.Reason(r.indicator().map(IndicatorId::toString).orElse(null), r.text())).toList();
    }
}
