package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.grade.GradingRequests.BandRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import java.util.function.Supplier;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeDetails;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogDetails;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeBand;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import org.mapstruct.Mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

@Mapper
public interface GradingRestMapper {

    default GradingResponses.BandResponse toResponse(GradeBand band) {
        return new GradingResponses.BandResponse(Coded.of(band.grade()), band.lowerBound());
    }

    default GradingResponses.GradeSchemeResponse toResponse(GradeSchemeDetails details) {
        GradeScheme scheme = details.scheme();
        return new GradingResponses.GradeSchemeResponse(scheme.getId().value(), scheme.getName(),
                scheme.getBands().stream().map(this::toResponse).toList(), details.revision(), details.gradesGiven(), details.isFrozen());
    }

    default GradingResponses.GradeSchemeCatalogResponse toResponse(GradeSchemeCatalogDetails details) {
        return new GradingResponses.GradeSchemeCatalogResponse(details.revision(), details.catalog().entries().stream()
                .map(e -> new GradingResponses.SchemeAssignmentResponse(Coded.of(e.type()), e.effectiveFrom().value(),
                        e.scheme().getId().value(), e.scheme().getName())).toList());
    }

    default GradingResponses.WeightTemplateCatalogResponse toResponse(WeightTemplateCatalogDetails details) {
        return new GradingResponses.WeightTemplateCatalogResponse(details.revision(), details.catalog().entries().stream()
                .map(e -> new GradingResponses.WeightTemplateResponse(Coded.of(e.kind()), e.effectiveFrom().value(),
                        e.template().executionRateWeight(), new LinkedHashMap<>(e.template().groupWeights()))).toList());
    }

    /** Bands from a validated request body, a refusal of the domain naming its field ({@code bands[1].lowerBound}). */
    default List<GradeBand> bands(List<BandRequest> requests) {
        List<GradeBand> bands = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            BandRequest band = requests.get(i);
            bands.add(at("bands[" + i + "].lowerBound", () -> new GradeBand(band.grade(), band.lowerBound())));
        }
        return bands;
    }

    /** Runs {@code build}; a refusal names {@code path} (or {@code path.field} when the domain named a field of it). */
    static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw e.forField(e.field().map(f -> f.startsWith(path) || path.endsWith(f) ? path : path + "." + f).orElse(path));
        }
    }
}
