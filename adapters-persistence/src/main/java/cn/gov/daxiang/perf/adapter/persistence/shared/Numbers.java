package cn.gov.daxiang.perf.adapter.persistence.shared;

import java.math.BigDecimal;

/** Numbers as the domain holds them, whatever scale the column gave them (12.000000 → 12, 1.500000 → 1.5). */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
