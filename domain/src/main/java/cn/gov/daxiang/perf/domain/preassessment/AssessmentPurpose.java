package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** Why a project is assessed before it is budgeted (事前绩效评估的对象). */
public enum AssessmentPurpose implements Labelled {
    /** 新增项目: a new project (or policy) asking for district funds. */
    NEW_PROJECT("新增项目"),
    /** 到期申请延续: an expiring item proposed to continue. */
    CONTINUATION("到期延续项目");

    private final String label;

    AssessmentPurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
