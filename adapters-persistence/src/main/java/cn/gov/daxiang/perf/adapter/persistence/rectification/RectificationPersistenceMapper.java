package cn.gov.daxiang.perf.adapter.persistence.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationReport;
import cn.gov.daxiang.perf.domain.rectification.RectificationSource;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@Mapper
public interface RectificationPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "rectificationPk", ignore = true)
    @Mapping(target = "reportedAt", expression = "java(RectificationPersistenceMapper.offset(report.reportedAt()))")
    RectificationReportJpaEntity toRow(RectificationReport report);

    default RectificationReport toReport(RectificationReportJpaEntity row) {
        return new RectificationReport(row.round, row.text, instant(row.reportedAt), row.reportedOn, row.evidenceFiles, row.daysLate);
    }

    default Rectification toDomain(RectificationJpaEntity root, List<RectificationReportJpaEntity> reports) {
        return Rectification.restore(new Rectification.Stored(RectificationId.of(root.rectificationId),
                new RectificationSource(EvaluationKind.valueOf(root.evaluationKind), root.evaluationId, root.findingIndex),
                FiscalYear.of(root.evaluationYear), root.projectCode == null ? null : ProjectCode.of(root.projectCode),
                UnitCode.of(root.responsibleUnit), root.text, root.deadline, RectificationState.valueOf(root.state),
                ActorId.of(root.issuedBy), instant(root.issuedAt), instant(root.startedAt), reports.stream().map(this::toReport).toList(),
                root.returnReason, root.returnCount, root.verifiedBy == null ? null : ActorId.of(root.verifiedBy), instant(root.verifiedAt)));
    }

    /** The root row's fields; identity, source, object and issue are set once, on a new row. */
    default void copyToRoot(Rectification r, RectificationJpaEntity root) {
        if (root.rectificationId == null) {
            root.rectificationId = r.getId().value();
            root.evaluationKind = r.getSource().kind().name();
            root.evaluationId = r.getSource().evaluationId();
            root.findingIndex = r.getSource().findingIndex();
            root.evaluationYear = r.getEvaluationYear().value();
            root.projectCode = r.getProjectCode().map(ProjectCode::value).orElse(null);
            root.responsibleUnit = r.getResponsibleUnit().value();
            root.text = r.getText();
            root.deadline = r.getDeadline();
            root.issuedBy = r.getIssuedBy().value();
            root.issuedAt = offset(r.getIssuedAt());
        }
        root.state = r.getState().name();
        root.startedAt = r.getStartedAt().map(RectificationPersistenceMapper::offset).orElse(null);
        root.returnReason = r.getReturnReason().orElse(null);
        root.returnCount = r.getReturnCount();
        root.verifiedBy = r.getVerifiedBy().map(ActorId::value).orElse(null);
        root.verifiedAt = r.getVerifiedAt().map(RectificationPersistenceMapper::offset).orElse(null);
    }

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
