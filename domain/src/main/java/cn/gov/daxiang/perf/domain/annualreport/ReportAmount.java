package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.WanYuan;

import java.math.BigDecimal;
import java.util.Objects;

/** A money figure of the report: the exact amount in 元 and the 万元 the report prints, rounded HALF_UP to its decimals. */
public record ReportAmount(Money exact, int decimals) {

    public ReportAmount {
        Objects.requireNonNull(exact, "exact");
        if (decimals < 0 || decimals > ReportPrecision.MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals " + decimals);
        }
    }

    public BigDecimal wanYuan() {
        return WanYuan.of(exact, decimals);
    }

    /** The 万元 as the paragraphs write it: plain digits, no grouping ("81648.29"). */
    public String text() {
        return wanYuan().toPlainString();
    }
}
