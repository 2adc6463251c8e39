package cn.gov.daxiang.perf.domain.annualreport;

import java.util.List;

/**
 * One section of the annual report: figures computed by a pure function from facts of the records, and the summary
 * paragraphs that state them. A new section is a new implementation (with its own {@code of(...)} computation) added
 * to the list the report is built from; nothing else changes.
 */
public interface AnnualReportSection {

    /** A stable key (JSON, sheet order). */
    String key();

    /** The section's heading. */
    String title(ReportLanguage language);

    /** The summary paragraphs generated from the figures; empty when there is nothing to state. */
    List<String> paragraphs(ReportLanguage language);
}
