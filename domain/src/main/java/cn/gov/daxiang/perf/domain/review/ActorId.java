package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.shared.Texts;

/**
 * Who did something (a user's subject from the identity provider, or the provincial sync). Opaque
 * to the domain: it is recorded, never interpreted.
 */
public record ActorId(String value) {

    public static final int MAX_LENGTH = 100;

    public ActorId {
        value = Texts.required("actorId", value, MAX_LENGTH);
    }

    public static ActorId of(String value) {
        return new ActorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
