package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.BandRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeDetails;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogDetails;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

@Mapper
public interface GradingRestMapper {

    @Mapping(target = "grade", expression = "java(band.grade().name())")
    @Mapping(target = "label", expression = "java(band.grade().label())")
    GradingResponses.BandResponse toResponse(GradeBand band);

    default GradingResponses.GradeSchemeResponse toResponse(GradeSchemeDetails details) {
        GradeScheme scheme = details.scheme();
        return new GradingResponses.GradeSchemeResponse(scheme.getId().value(), scheme.getName(),
                scheme.getBands().stream().map(this::toResponse).toList(), details.revision(), details.gradesGiven(), details.isFrozen());
    }

    default GradingResponses.GradeSchemeCatalogResponse toResponse(GradeSchemeCatalogDetails details) {
        return new GradingResponses.GradeSchemeCatalogResponse(details.revision(), details.catalog().entries().stream()
                .map(e -> new GradingResponses.SchemeAssignmentResponse(e.type().name(), e.type().label(), e.effectiveFrom().value(),
                        e.scheme().getId().value(), e.scheme().getName())).toList());
    }

    default GradingResponses.WeightTemplateCatalogResponse toResponse(WeightTemplateCatalogDetails details) {
        return new GradingResponses.WeightTemplateCatalogResponse(details.revision(), details.catalog().entries().stream()
                .map(e -> new GradingResponses.WeightTemplateResponse(e.kind().name(), e.kind().label(), e.effectiveFrom().value(),
                        e.template().executionRateWeight(), new LinkedHashMap<>(e.template().groupWeights()))).toList());
    }

    /** Bands from a request body, each refusal naming its field ({@code bands[1].lowerBound}). */
    default List<GradeBand> bands(List<BandRequest> requests) {
        List<GradeBand> bands = new ArrayList<>();
        List<BandRequest> given = requests == null ? List.of() : requests;
        for (int i = 0; i < given.size(); i++) {
            String at = "bands[" + i + "]";
            BandRequest band = Fields.required(at, given.get(i));
            Grade grade = Fields.requiredText(at + ".grade", band.grade(), t -> Fields.code(at + ".grade", t, Grade.class));
            bands.add(Fields.within(at + ".lowerBound", () -> new GradeBand(grade, Fields.required(at + ".lowerBound", band.lowerBound()))));
        }
        return bands;
    }
}
