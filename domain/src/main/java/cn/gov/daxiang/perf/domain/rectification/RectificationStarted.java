package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The responsible unit started the rectification. */
public record RectificationStarted(RectificationId rectificationId) implements DomainEvent {

    public RectificationStarted {
        Objects.requireNonNull(rectificationId, "rectificationId");
    }

    @Override
    public String action() {
        return "start";
    }
}
