package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance returned the report with its reasons; the unit reports again. */
public record RectificationReturned(RectificationId rectificationId, String reason) implements DomainEvent {

    public RectificationReturned {
        Objects.requireNonNull(rectificationId, "rectificationId");
    }

    @Override
    public String action() {
        return "return";
    }
}
