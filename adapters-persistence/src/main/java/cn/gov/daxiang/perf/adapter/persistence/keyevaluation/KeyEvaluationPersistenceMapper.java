package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import cn.gov.daxiang.perf.adapter.persistence.framework.IndicatorTreeJson;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.keyevaluation.Acceptance;
import cn.gov.daxiang.perf.domain.keyevaluation.AssignedFramework;
import cn.gov.daxiang.perf.domain.keyevaluation.Commission;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.RecordedScore;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@Mapper
public interface KeyEvaluationPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "evaluationPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    @Mapping(target = "score", source = "score.value")
    KeyEvaluationScoreJpaEntity toEntity(RecordedScore score);

    default RecordedScore toDomain(KeyEvaluationScoreJpaEntity row) {
        return new RecordedScore(row.indicatorCode, Score.of(row.score), row.note);
    }

    default KeyEvaluation toDomain(KeyEvaluationJpaEntity root, List<KeyEvaluationProjectJpaEntity> projects, List<KeyEvaluationScoreJpaEntity> scores) {
        List<ProjectCode> codes = projects.stream().map(p -> ProjectCode.of(p.projectCode)).toList();
        EvaluationObject object = switch (EvaluationObjectKind.valueOf(root.objectKind)) {
            case PROJECT -> new EvaluationObject.OfProject(codes.get(0));
            case SPECIAL_FUND -> new EvaluationObject.OfSpecialFund(root.fundName, codes);
            case DEPARTMENT_OVERALL -> new EvaluationObject.OfDepartment(UnitCode.of(root.departmentCode), FiscalYear.of(root.spendingYear));
        };
        KeyEvaluationPlan plan = new KeyEvaluationPlan(root.title, FiscalYear.of(root.fiscalYear), object, SubjectKind.valueOf(root.subjectKind), root.dueDate);
        Commission commission = root.agencyId == null ? null
                : new Commission(new AgencyId(root.agencyId), ActorId.of(root.commissionedBy), root.commissionedAt.toInstant());
        AssignedFramework framework = root.frameworkCode == null ? null
                : new AssignedFramework(new FrameworkReference(new FrameworkCode(root.frameworkCode), root.frameworkVersion), root.frameworkName,
                IndicatorTreeJson.read(root.indicators), groups(root.resultGroups));
        Acceptance acceptance = root.acceptedBy == null ? null
                : new Acceptance(ActorId.of(root.acceptedBy), root.acceptedAt.toInstant(), root.acceptedOn);
        return KeyEvaluation.restore(KeyEvaluationId.of(root.evaluationId), plan, ActorId.of(root.plannedBy), root.plannedAt.toInstant(),
                KeyEvaluationState.valueOf(root.state), commission, framework, scores.stream().map(this::toDomain).toList(),
                KeyEvaluationJson.findings(root.findings), KeyEvaluationJson.suggestions(root.suggestions),
                KeyEvaluationJson.submissions(root.submissions), KeyEvaluationJson.returns(root.returnsForRework), acceptance);
    }

    /** The root row's fields; the plan is written once, on a new row. */
    default void copyToRoot(KeyEvaluation evaluation, KeyEvaluationJpaEntity root) {
        if (root.evaluationId == null) {
            KeyEvaluationPlan plan = evaluation.getPlan();
            root.evaluationId = evaluation.getId().value();
            root.title = plan.title();
            root.fiscalYear = plan.fiscalYear().value();
            root.objectKind = plan.object().kind().name();
            if (plan.object() instanceof EvaluationObject.OfSpecialFund fund) {
                root.fundName = fund.name();
            }
            if (plan.object() instanceof EvaluationObject.OfDepartment department) {
                root.departmentCode = department.department().value();
                root.spendingYear = department.spendingYear().value();
            }
            root.subjectKind = plan.subjectKind().name();
            root.dueDate = plan.dueDate();
            root.plannedBy = evaluation.getPlannedBy().value();
            root.plannedAt = utc(evaluation.getPlannedAt());
        }
        root.state = evaluation.getState().name();
        Commission commission = evaluation.getCommission().orElse(null);
        root.agencyId = commission == null ? null : commission.agency().value();
        root.commissionedBy = commission == null ? null : commission.commissionedBy().value();
        root.commissionedAt = commission == null ? null : utc(commission.commissionedAt());
        AssignedFramework framework = evaluation.getFramework().orElse(null);
        root.frameworkCode = framework == null ? null : framework.source().code().value();
        root.frameworkVersion = framework == null ? null : framework.source().version();
        root.frameworkName = framework == null ? null : framework.name();
        root.resultGroups = framework == null ? null : String.join(",", new TreeSet<>(framework.resultGroups()));
        root.indicators = framework == null ? null : IndicatorTreeJson.write(framework.indicators());
        root.findings = KeyEvaluationJson.findings(evaluation.getFindings());
        root.suggestions = KeyEvaluationJson.suggestions(evaluation.getSuggestions());
        root.submissions = KeyEvaluationJson.submissions(evaluation.getSubmissions());
        root.returnsForRework = KeyEvaluationJson.returns(evaluation.getReturns());
        root.resultScore = evaluation.getResult().map(r -> r.score().value()).orElse(null);
        root.resultGrade = evaluation.getResult().map(r -> r.grade().name()).orElse(null);
        root.resultScheme = evaluation.getResult().map(r -> r.schemeId().value()).orElse(null);
        Acceptance acceptance = evaluation.getAcceptance().orElse(null);
        root.acceptedBy = acceptance == null ? null : acceptance.acceptedBy().value();
        root.acceptedAt = acceptance == null ? null : utc(acceptance.acceptedAt());
        root.acceptedOn = acceptance == null ? null : acceptance.acceptedOn();
    }

    private static Set<String> groups(String text) {
        return text == null || text.isBlank() ? Set.of() : Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
