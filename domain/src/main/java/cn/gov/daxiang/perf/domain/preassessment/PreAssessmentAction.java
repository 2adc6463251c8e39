package cn.gov.daxiang.perf.domain.preassessment;

import java.util.List;

/** What can be done with an assessment, and in which states. */
public enum PreAssessmentAction {
    EDIT, SUBMIT, TAKE_UP, SCORE, RETURN, CONCLUDE;

    /** The actions {@code state} allows, in a fixed order. */
    public static List<PreAssessmentAction> allowedIn(PreAssessmentState state) {
        return switch (state) {
            case DRAFT, RETURNED -> List.of(EDIT, SUBMIT);
            case SUBMITTED -> List.of(TAKE_UP, RETURN);
            case UNDER_REVIEW -> List.of(SCORE, RETURN, CONCLUDE);
            case CONCLUDED -> List.of();
        };
    }
}
