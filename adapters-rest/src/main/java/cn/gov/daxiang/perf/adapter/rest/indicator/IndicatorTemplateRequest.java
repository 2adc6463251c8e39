package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A library template: industry or function, level 1/2 codes, name, value type, typical unit and comparator. */
@Schema(name = "IndicatorTemplateRequest", description = "A level-3 indicator of the library (指标库)")
public record IndicatorTemplateRequest(
        @NotBlank @Size(max = TemplateDetails.INDUSTRY_MAX_LENGTH) @Schema(example = "住房城乡建设") String industry,
        @NotBlank @Size(max = 40) @Schema(description = "Level-1 indicator code (产出/效益/满意度)", example = "OUTPUT") String level1,
        @NotBlank @Size(max = 40) @Schema(description = "Level-2 indicator code", example = "QUANTITY") String level2,
        @NotBlank @Size(max = Indicator.NAME_MAX_LENGTH) @Schema(example = "改造老旧小区数量") String name,
        @Schema(description = "QUANTITATIVE (default) or QUALITATIVE; the label (定量/定性) is taken too") ValueType valueType,
        @Size(max = Indicator.UNIT_MAX_LENGTH) @Schema(example = "个") String typicalUnit,
        @Schema(description = "AT_LEAST, AT_MOST or EQUAL; ≥, ≤, = are taken too") Comparator typicalComparator,
        @Size(max = Indicator.EXPLANATION_MAX_LENGTH) String explanation,
        @Size(max = TemplateDetails.MAX_KEYWORDS) List<@NotBlank @Size(max = TemplateDetails.KEYWORD_MAX_LENGTH) String> keywords) {
}
