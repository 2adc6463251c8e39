package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.goal.CoverageCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goal coverage (全覆盖) of a year: per category (projects, transfer payments, department overall) the
 * counts and amounts (元), covered and missing, the shares covered (percent), and what is missing with its names.
 */
@Schema(name = "GoalCoverage", requiredProperties = {"fiscalYear", "categories", "missing"})
public record GoalCoverageResponse(int fiscalYear, List<Category> categories, List<Gap> missing) {

    @Schema(name = "GoalCoverageCategory", requiredProperties = {"category", "total", "covered", "missing", "totalAmount", "coveredAmount",
            "missingAmount"})
    public record Category(Coded<CoverageCategory> category, int total, int covered, int missing, BigDecimal totalAmount,
                           BigDecimal coveredAmount, BigDecimal missingAmount, BigDecimal shareByCount, BigDecimal shareByAmount) {
    }

    @Schema(name = "GoalCoverageGap", requiredProperties = {"category", "unitCode", "amount"})
    public record Gap(Coded<CoverageCategory> category, String unitCode, String unitName,
                      @Schema(description = "Null for a unit's overall spending") String projectCode,
                      @Schema(description = "Null for a unit's overall spending") String projectName, BigDecimal amount) {
    }
}
