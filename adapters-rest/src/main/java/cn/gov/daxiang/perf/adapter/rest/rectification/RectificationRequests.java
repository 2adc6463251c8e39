package cn.gov.daxiang.perf.adapter.rest.rectification;

/** The JSON bodies of the rectification endpoints. */
public final class RectificationRequests {

    private RectificationRequests() {
    }

    /**
     * Finance raises an item: the evaluation (KEY_EVALUATION or SELF_EVALUATION and its id), the project it concerns
     * (absent: the responsible unit's overall spending), the unit responsible, the finding's text and the deadline
     * (YYYY-MM-DD; absent: today + the configured days).
     */
    public record RaiseRectificationRequest(String evaluationKind, String evaluationId, String projectCode, String responsibleUnitCode,
                                            String text, String deadline) {
    }

    /** Finance issues the items of an accepted key evaluation's findings that have none yet. */
    public record IssueRectificationsRequest(String keyEvaluationId) {
    }

    /** The unit's report (整改落实情况). */
    public record ReportRequest(String text) {
    }

    public record ReturnRequest(String reason) {
    }
}
