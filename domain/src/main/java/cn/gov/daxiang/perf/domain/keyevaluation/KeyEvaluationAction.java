package cn.gov.daxiang.perf.domain.keyevaluation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState.COMMISSIONED;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState.FIELDWORK;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState.FRAMEWORK_SET;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState.PLANNED;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState.REPORT_SUBMITTED;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState.RETURNED;

/** What may be done to a key evaluation, and in which states (ACCEPTED is final: nothing). */
public enum KeyEvaluationAction {
    COMMISSION(EnumSet.of(PLANNED)),
    SET_FRAMEWORK(EnumSet.of(COMMISSIONED, FRAMEWORK_SET)),
    START_FIELDWORK(EnumSet.of(FRAMEWORK_SET)),
    SCORE(EnumSet.of(FIELDWORK, RETURNED)),
    RECORD_FINDINGS(EnumSet.of(FIELDWORK, RETURNED)),
    SUBMIT(EnumSet.of(FIELDWORK, RETURNED)),
    RETURN(EnumSet.of(REPORT_SUBMITTED)),
    ACCEPT(EnumSet.of(REPORT_SUBMITTED));

    private final Set<KeyEvaluationState> from;

    KeyEvaluationAction(Set<KeyEvaluationState> from) {
        this.from = from;
    }

    public boolean allowedIn(KeyEvaluationState state) {
        return from.contains(state);
    }

    /** The actions a state allows, in declaration order. */
    public static List<KeyEvaluationAction> allowedActions(KeyEvaluationState state) {
        return java.util.Arrays.stream(values()).filter(a -> a.allowedIn(state)).toList();
    }
}
