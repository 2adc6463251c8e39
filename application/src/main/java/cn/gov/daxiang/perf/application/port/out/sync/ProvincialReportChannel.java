package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.application.sync.OutboxMessage;

/**
 * Delivers one outbox message to the provincial platform under its idempotency key (push side). It never
 * throws for the province's or the link's failures: it reports what happened, so the publisher can book it.
 */
public interface ProvincialReportChannel {

    DeliveryOutcome deliver(OutboxMessage message);

    /** What became of one delivery. */
    record DeliveryOutcome(Kind kind, String detail) {

        public enum Kind {
            /** The province took the message now. */
            ACCEPTED,
            /** The province already had a message with this idempotency key: delivered before. */
            DUPLICATE,
            /** The province refuses this message as such (malformed, unknown reference): retrying will not help. */
            REJECTED,
            /** The attempt failed (timeout, 5xx, connection lost): try again later. */
            FAILED,
            /** The link is known to be down (circuit open): no attempt was made. */
            UNAVAILABLE
        }

        public static DeliveryOutcome of(Kind kind, String detail) {
            return new DeliveryOutcome(kind, detail);
        }

        public boolean delivered() {
            return kind == Kind.ACCEPTED || kind == Kind.DUPLICATE;
        }
    }
}
