package cn.gov.daxiang.perf.adapter.persistence.preassessment;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@Mapper
public interface PreAssessmentPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "setPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    AssessmentCriteriaItemJpaEntity toItem(AssessmentCriterion criterion);

    default AssessmentCriterion toCriterion(AssessmentCriteriaItemJpaEntity item) {
        return new AssessmentCriterion(item.code, item.label, item.maxPoints);
    }

    default AssessmentCriteriaSet toDomain(AssessmentCriteriaSetJpaEntity root, List<AssessmentCriteriaItemJpaEntity> items) {
        return AssessmentCriteriaSet.restore(root.criteriaVersion, items.stream().map(this::toCriterion).toList(),
                ActorId.of(root.publishedBy), root.publishedAt.toInstant());
    }

    default PreAssessment toDomain(PreAssessmentJpaEntity root, List<PreAssessmentCriterionJpaEntity> criteria) {
        List<AssessmentCriterion> copied = criteria.stream().map(c -> new AssessmentCriterion(c.code, c.label, c.maxPoints)).toList();
        List<CriterionScore> scores = criteria.stream().filter(c -> c.points != null)
                .map(c -> new CriterionScore(c.code, c.points, c.comment)).toList();
        return PreAssessment.restore(new PreAssessment.Stored(PreAssessmentId.of(root.assessmentId), ProjectCode.of(root.projectCode),
                UnitCode.of(root.unitCode), FiscalYear.of(root.fiscalYear), AssessmentPurpose.valueOf(root.purpose),
                new Money(root.requestedAmount), root.summary, root.criteriaVersion, copied, scores, PreAssessmentState.valueOf(root.state),
                root.agencyId == null ? null : new AgencyId(root.agencyId), root.returnReason, root.returnCount,
                root.conclusion == null ? null : AssessmentConclusion.valueOf(root.conclusion),
                root.assessedAmount == null ? null : new Money(root.assessedAmount), root.opinion,
                root.concludedBy == null ? null : ActorId.of(root.concludedBy), instant(root.concludedAt),
                ActorId.of(root.draftedBy), instant(root.draftedAt)));
    }

    /** The root row's fields; identity, project and drafting are set once, on a new row. */
    default void copyToRoot(PreAssessment a, PreAssessmentJpaEntity root) {
        if (root.assessmentId == null) {
            root.assessmentId = a.getId().value();
            root.projectCode = a.getProjectCode().value();
            root.unitCode = a.getUnitCode().value();
            root.fiscalYear = a.getFiscalYear().value();
            root.criteriaVersion = a.getCriteriaVersion();
            root.draftedBy = a.getDraftedBy().value();
            root.draftedAt = offset(a.getDraftedAt());
        }
        root.purpose = a.getPurpose().name();
        root.requestedAmount = a.getRequestedAmount().amount();
        root.summary = a.getSummary().orElse(null);
        root.state = a.getState().name();
        root.openProjectCode = a.isOpen() ? a.getProjectCode().value() : null;
        root.agencyId = a.getAgency().map(AgencyId::value).orElse(null);
        root.returnReason = a.getReturnReason().orElse(null);
        root.returnCount = a.getReturnCount();
        root.conclusion = a.getConclusion().map(Enum::name).orElse(null);
        root.assessedAmount = a.getAssessedAmount().map(Money::amount).orElse(null);
        root.opinion = a.getOpinion().orElse(null);
        root.concludedBy = a.getConcludedBy().map(ActorId::value).orElse(null);
        root.concludedAt = a.getConcludedAt().map(PreAssessmentPersistenceMapper::offset).orElse(null);
    }

    /** A criterion row's score and comment, as the assessment now holds them. */
    default void copyScore(PreAssessment a, PreAssessmentCriterionJpaEntity row) {
        CriterionScore score = a.getScore(row.code).orElse(null);
        row.points = score == null ? null : score.points();
        row.comment = score == null ? null : score.comment();
    }

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
