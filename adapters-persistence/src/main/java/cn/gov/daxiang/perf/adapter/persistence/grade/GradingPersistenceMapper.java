package cn.gov.daxiang.perf.adapter.persistence.grade;

import cn.gov.daxiang.perf.adapter.persistence.shared.WeightsJson;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Mapper
public interface GradingPersistenceMapper {

    /** A band as stored: the grade's code and the lower bound as text (two decimals). */
    record BandJson(String grade, String lowerBound) {
    }

    ObjectMapper JSON = new ObjectMapper();
    TypeReference<List<BandJson>> BANDS = new TypeReference<>() {
    };

    @Mapping(target = "grade", expression = "java(band.grade().name())")
    @Mapping(target = "lowerBound", expression = "java(band.lowerBound().toPlainString())")
    BandJson toJson(GradeBand band);

    default GradeBand toDomain(BandJson band) {
        return new GradeBand(Grade.valueOf(band.grade()), new BigDecimal(band.lowerBound()));
    }

    default GradeScheme toDomain(GradeSchemeJpaEntity entity) {
        try {
            return GradeScheme.restore(GradeSchemeId.of(entity.schemeId), entity.name,
                    JSON.readValue(entity.bands, BANDS).stream().map(this::toDomain).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the bands of grade scheme " + entity.schemeId, e);
        }
    }

    /** The scheme's id (set once, on a new row), name and bands. */
    default void copy(GradeScheme scheme, GradeSchemeJpaEntity entity) {
        if (entity.schemeId == null) {
            entity.schemeId = scheme.getId().value();
        }
        entity.name = scheme.getName();
        try {
            entity.bands = JSON.writeValueAsString(scheme.getBands().stream().map(this::toJson).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bands of grade scheme " + scheme.getId(), e);
        }
    }

    default GradeSchemeCatalog toCatalog(List<GradeSchemeAssignmentJpaEntity> entries, Map<String, GradeScheme> schemes) {
        return new GradeSchemeCatalog(entries.stream().map(e -> new GradeSchemeCatalog.Entry(EvaluationType.valueOf(e.evaluationType),
                FiscalYear.of(e.effectiveFrom), schemes.get(e.schemeId))).toList());
    }

    default GradeSchemeAssignmentJpaEntity toEntity(GradeSchemeCatalog.Entry entry) {
        GradeSchemeAssignmentJpaEntity entity = new GradeSchemeAssignmentJpaEntity();
        entity.evaluationType = entry.type().name();
        entity.effectiveFrom = entry.effectiveFrom().value();
        entity.schemeId = entry.scheme().getId().value();
        return entity;
    }

    default WeightTemplateCatalog toWeightCatalog(List<WeightTemplateAssignmentJpaEntity> entries) {
        return new WeightTemplateCatalog(entries.stream().map(e -> new WeightTemplateCatalog.Entry(SelfEvaluationKind.valueOf(e.evaluationKind),
                FiscalYear.of(e.effectiveFrom), WeightsJson.template(e.executionWeight, e.groupWeights))).toList());
    }

    default WeightTemplateAssignmentJpaEntity toEntity(WeightTemplateCatalog.Entry entry) {
        WeightTemplateAssignmentJpaEntity entity = new WeightTemplateAssignmentJpaEntity();
        entity.evaluationKind = entry.kind().name();
        entity.effectiveFrom = entry.effectiveFrom().value();
        entity.executionWeight = entry.template().executionRateWeight();
        entity.groupWeights = WeightsJson.write(entry.template().groupWeights());
        return entity;
    }
}
