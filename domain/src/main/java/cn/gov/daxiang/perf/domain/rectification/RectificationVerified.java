package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance verified the rectification; it is closed. */
public record RectificationVerified(RectificationId rectificationId) implements DomainEvent {

    public RectificationVerified {
        Objects.requireNonNull(rectificationId, "rectificationId");
    }

    @Override
    public String action() {
        return "verify";
    }
}
