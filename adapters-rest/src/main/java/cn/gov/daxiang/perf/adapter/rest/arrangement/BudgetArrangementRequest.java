package cn.gov.daxiang.perf.adapter.rest.arrangement;

import java.math.BigDecimal;

/**
 * The amount finance proposes (元, two decimals at most) and optionally the classification NEW, CONTINUATION or
 * ONGOING (absent: kept, or the category's default for a first arrangement) with its reason.
 */
public record BudgetArrangementRequest(BigDecimal amount, String classification, String classificationReason) {
}
