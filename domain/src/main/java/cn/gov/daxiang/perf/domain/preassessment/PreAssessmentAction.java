package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.util.List;

/** What can be done with an assessment, and in which states. */
public enum PreAssessmentAction implements Labelled {
    EDIT("修改"), SUBMIT("提交"), TAKE_UP("受理"), SCORE("评分"), RETURN("退回"), CONCLUDE("出具结论");

    private final String label;

    PreAssessmentAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

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
