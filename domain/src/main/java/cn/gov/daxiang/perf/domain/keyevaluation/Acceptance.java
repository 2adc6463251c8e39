package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Finance's acceptance (验收) of the report: who, when, and the day it counts from (rectification deadlines). */
public record Acceptance(ActorId acceptedBy, Instant acceptedAt, LocalDate acceptedOn) {

    public Acceptance {
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
    }
}
