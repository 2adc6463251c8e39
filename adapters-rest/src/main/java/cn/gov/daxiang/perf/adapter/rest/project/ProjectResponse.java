package cn.gov.daxiang.perf.adapter.rest.project;

import cn.gov.daxiang.perf.adapter.rest.shared.LabelledCode;

import java.math.BigDecimal;
import java.util.List;

public record ProjectResponse(String projectCode, String name, String unitCode, int fiscalYear, LabelledCode category,
                              List<LabelledCode> kinds, Funds funds) {

    /** Amounts in 元 with two decimals: 资金总额 = 财政拨款 + 上年结转 + 其他资金. */
    public record Funds(BigDecimal total, BigDecimal fiscalAppropriation, BigDecimal carryOver, BigDecimal other) {
    }
}
