package cn.gov.daxiang.perf.domain.monitoring;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** 完成可能性: the unit's own judgement whether an indicator's annual target will be reached. */
public enum Likelihood implements Labelled {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
