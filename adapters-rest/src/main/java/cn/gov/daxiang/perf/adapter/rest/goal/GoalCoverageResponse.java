package cn.gov.daxiang.perf.adapter.rest.goal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goal coverage (全覆盖) of a year: per category (projects, transfer payments, department overall) the
 * counts and amounts, covered and missing, the shares covered (percent), and what is missing.
 */
public record GoalCoverageResponse(int fiscalYear, List<Category> categories, List<Gap> missing) {

    public record Category(String category, int total, int covered, int missing, BigDecimal totalAmount, BigDecimal coveredAmount,
                           BigDecimal missingAmount, BigDecimal shareByCount, BigDecimal shareByAmount) {
    }

    public record Gap(String category, String unitCode, String projectCode, BigDecimal amount) {
    }
}
