package cn.gov.daxiang.perf.domain.sync;

/**
 * The change feeds pulled from the provincial platform, in the order a run pulls them: units before the
 * projects that refer to them, projects before the execution figures that refer to them.
 */
public enum SyncStream {
    /** 预算单位 (agencies). */
    AGENCIES,
    /** 项目. */
    PROJECTS,
    /** 预算执行: adjusted budget and executed amount per project. */
    EXECUTION
}
