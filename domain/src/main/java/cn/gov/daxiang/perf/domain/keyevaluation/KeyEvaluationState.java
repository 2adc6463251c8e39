package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** The lifecycle of a key evaluation (重点评价). */
public enum KeyEvaluationState implements Labelled {
    /** 已计划: finance planned it; no agency yet. */
    PLANNED("已计划"),
    /** 已委托: an agency is commissioned. */
    COMMISSIONED("已委托"),
    /** 指标体系已确定: a framework version was copied in; its indicators and points may still be adjusted. */
    FRAMEWORK_SET("指标体系已确定"),
    /** 现场评价: the agency is on site and scoring; the indicators are fixed. */
    FIELDWORK("现场评价"),
    /** 报告已提交: the agency submitted its report, scored and graded. */
    REPORT_SUBMITTED("报告已提交"),
    /** 已退回: finance returned the report for rework; the agency revises and submits again. */
    RETURNED("已退回"),
    /** 已验收: finance accepted the report; score and grade are final. */
    ACCEPTED("已验收");

    private final String label;

    KeyEvaluationState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
