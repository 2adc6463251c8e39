package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One step of a report's or evaluation's review: who moved it from which state to which, when and why. */
@Schema(name = "ReviewStep", requiredProperties = {"action", "from", "to", "actor", "at"})
public record ReviewStepResponse(Coded<ReviewAction> action, Coded<ReviewState> from, Coded<ReviewState> to, String actor, Instant at,
                                 String reason) {

    public static ReviewStepResponse of(ReviewStep step) {
        return new ReviewStepResponse(Coded.of(step.action()), Coded.of(step.from()), Coded.of(step.to()), step.actor().value(), step.at(),
                step.reason());
    }
}
