package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.review.ReviewStep;

import java.time.Instant;

/** One step of a report's or evaluation's review: who moved it from which state to which, when and why. */
public record ReviewStepResponse(String action, String from, String to, String actor, Instant at, String reason) {

    public static ReviewStepResponse of(ReviewStep step) {
        return new ReviewStepResponse(step.action().name(), step.from().name(), step.to().name(), step.actor().value(), step.at(),
                step.reason());
    }
}
