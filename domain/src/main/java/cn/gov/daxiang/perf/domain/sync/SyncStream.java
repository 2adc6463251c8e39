package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/**
 * The change feeds pulled from the provincial platform, in the order a run pulls them: units before the
 * projects that refer to them, projects before the execution figures that refer to them.
 */
public enum SyncStream implements Labelled {
    /** 预算单位 (agencies). */
    AGENCIES("第三方机构"),
    /** 项目. */
    PROJECTS("项目"),
    /** 预算执行: adjusted budget and executed amount per project. */
    EXECUTION("预算执行");

    private final String label;

    SyncStream(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
