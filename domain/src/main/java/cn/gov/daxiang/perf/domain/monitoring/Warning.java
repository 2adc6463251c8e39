package cn.gov.daxiang.perf.domain.monitoring;

import java.util.List;

/** A report's warning: its reasons, and the worst of their levels (GREEN when there is none). */
public record Warning(List<WarningReason> reasons) {

    public static final Warning GREEN = new Warning(List.of());

    public Warning {
        reasons = List.copyOf(reasons);
    }

    public WarningLevel level() {
        return reasons.stream().map(WarningReason::level).reduce(WarningLevel.GREEN, WarningLevel::worse);
    }

    public boolean isRed() {
        return level() == WarningLevel.RED;
    }
}
