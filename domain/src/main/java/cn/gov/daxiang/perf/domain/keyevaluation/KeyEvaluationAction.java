package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

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
public enum KeyEvaluationAction implements Labelled {
    COMMISSION("委托", EnumSet.of(PLANNED)),
    SET_FRAMEWORK("确定指标体系", EnumSet.of(COMMISSIONED, FRAMEWORK_SET)),
    START_FIELDWORK("开始现场评价", EnumSet.of(FRAMEWORK_SET)),
    SCORE("评分", EnumSet.of(FIELDWORK, RETURNED)),
    RECORD_FINDINGS("记录问题和建议", EnumSet.of(FIELDWORK, RETURNED)),
    SUBMIT("提交报告", EnumSet.of(FIELDWORK, RETURNED)),
    RETURN("退回", EnumSet.of(REPORT_SUBMITTED)),
    ACCEPT("验收", EnumSet.of(REPORT_SUBMITTED));

    private final String label;
    private final Set<KeyEvaluationState> from;

    KeyEvaluationAction(String label, Set<KeyEvaluationState> from) {
        this.label = label;
        this.from = from;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean allowedIn(KeyEvaluationState state) {
        return from.contains(state);
    }

    /** The actions a state allows, in declaration order. */
    public static List<KeyEvaluationAction> allowedActions(KeyEvaluationState state) {
        return java.util.Arrays.stream(values()).filter(a -> a.allowedIn(state)).toList();
    }
}
