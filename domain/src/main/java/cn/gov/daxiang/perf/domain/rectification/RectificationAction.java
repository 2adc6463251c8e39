package cn.gov.daxiang.perf.domain.rectification;

import java.util.List;

/** What can be done with a rectification, and in which states. */
public enum RectificationAction {
    START, REPORT, VERIFY, RETURN;

    /** The actions {@code state} allows, in a fixed order. */
    public static List<RectificationAction> allowedIn(RectificationState state) {
        return switch (state) {
            case ISSUED -> List.of(START);
            case IN_PROGRESS, RETURNED -> List.of(REPORT);
            case REPORTED -> List.of(VERIFY, RETURN);
            case VERIFIED -> List.of();
        };
    }
}
