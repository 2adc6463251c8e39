package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.review.ReviewStep;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.List;

/**
 * The review history of a report or self-evaluation as stored: plain JSON of strings (append-only, read whole),
 * so the column does not depend on how the domain's records are shaped.
 */
public final class ReviewHistoryJson {

    record Step(String action, String from, String to, String actor, String at, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
    };

    private ReviewHistoryJson() {
    }

    public static String write(List<ReviewStep> history) {
        try {
            return JSON.writeValueAsString(history.stream().map(s -> new Step(s.action().name(), s.from().name(), s.to().name(),
                    s.actor().value(), s.at().toString(), s.reason())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a review history", e);
        }
    }

    public static List<ReviewStep> read(String json) {
        try {
            return JSON.readValue(json, STEPS).stream().map(s -> new ReviewStep(ReviewAction.valueOf(s.action()),
                    ReviewState.valueOf(s.from()), ReviewState.valueOf(s.to()), ActorId.of(s.actor()), Instant.parse(s.at()), s.reason()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a review history", e);
        }
    }
}
