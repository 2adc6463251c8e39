package cn.gov.daxiang.perf.domain.annualreport;

/** The languages the report's summary paragraphs are written in. */
public enum ReportLanguage {
    /** Simplified Chinese, as the bureau's own report reads. */
    CHINESE,
    ENGLISH
}
