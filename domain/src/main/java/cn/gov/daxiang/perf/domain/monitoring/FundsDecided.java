package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/**
 * Finance decided on a RED report's funds (暂缓拨款 or 继续拨款); the province is told, since a suspension stops the
 * payments its treasury system makes.
 */
public record FundsDecided(MonitoringReportSubject report, FundsDecision decision) implements DomainEvent {

    public FundsDecided {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(decision, "decision");
    }

    @Override
    public String action() {
        return "decide_funds";
    }
}
