package cn.gov.daxiang.perf.application.sync;

/**
 * Which outbox messages a list should hold; every criterion is optional (null). The subject answers the question
 * finance asks most: "was this goal's (report's, evaluation's) result sent to the province?".
 */
public record OutboxCriteria(OutboxState state, String messageType, String subjectId) {

    public static OutboxCriteria any() {
        return new OutboxCriteria(null, null, null);
    }

    public static OutboxCriteria deadLetters(String messageType, String subjectId) {
        return new OutboxCriteria(OutboxState.DEAD_LETTER, messageType, subjectId);
    }
}
