package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.math.BigDecimal;

/**
 * What an evaluation's result means for the next budget (结果应用). Each treatment bounds the adjustment it may carry:
 * support never cuts, a reduction always does, a cancellation takes everything (−100 %).
 */
public enum Treatment implements Labelled {
    /** 重点支持. */
    KEY_SUPPORT("重点支持"),
    /** 优先保障. */
    PRIORITY("优先保障"),
    /** 减少资金或整合项目. */
    REDUCE_OR_MERGE("减少资金或整合项目"),
    /** 取消安排. */
    CANCEL("取消安排");

    private final String label;

    Treatment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether {@code adjustment} (percent) fits the treatment: ≥ 0 for support, &lt; 0 for a reduction, −100 to cancel. */
    public boolean allows(Adjustment adjustment) {
        BigDecimal percent = adjustment.percent();
        return switch (this) {
            case KEY_SUPPORT, PRIORITY -> percent.signum() >= 0;
            case REDUCE_OR_MERGE -> percent.signum() < 0 && percent.compareTo(Adjustment.MINUS_HUNDRED) > 0;
            case CANCEL -> percent.compareTo(Adjustment.MINUS_HUNDRED) == 0;
        };
    }
}
