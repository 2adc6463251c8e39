package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The responsible unit reported how it rectified (整改落实情况), on time or late. */
public record RectificationReported(RectificationId rectificationId, int round, boolean late) implements DomainEvent {

    public RectificationReported {
        Objects.requireNonNull(rectificationId, "rectificationId");
    }

    @Override
    public String action() {
        return "report";
    }
}
