package cn.gov.daxiang.perf.adapter.rest.arrangement;

import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The amount finance proposes (元, two decimals at most) and optionally the classification NEW, CONTINUATION or
 * ONGOING (absent: kept, or the category's default for a first arrangement) with its reason.
 */
@Schema(name = "BudgetArrangementRequest", requiredProperties = {"amount"})
public record BudgetArrangementRequest(
        @NotNull @Schema(type = SchemaType.NUMBER, description = "元, two decimals at most", example = "2800000.00") Money amount,
        @Schema(description = "NEW, CONTINUATION or ONGOING; the label (新增项目 …) is taken too", example = "ONGOING") BudgetClassification classification,
        @Size(max = BudgetArrangement.REASON_MAX_LENGTH) @Schema(example = "延续实施") String classificationReason) {
}
