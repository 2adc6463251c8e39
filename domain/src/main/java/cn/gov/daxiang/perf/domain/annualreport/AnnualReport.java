package cn.gov.daxiang.perf.domain.annualreport;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The bureau's annual report (年度工作统计) of a work year: computed from the records on request, never stored. Each
 * section is computed by its own pure function; the report holds them in order and joins their paragraphs.
 */
public record AnnualReport(WorkYear workYear, List<AnnualReportSection> sections) {

    public AnnualReport {
        Objects.requireNonNull(workYear, "workYear");
        sections = List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        for (AnnualReportSection section : sections) {
            if (!keys.add(section.key())) {
                throw new IllegalArgumentException("two sections with the key " + section.key());
            }
        }
    }

    /** The section of that type, if the report has one. */
    public <T extends AnnualReportSection> Optional<T> section(Class<T> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every section's paragraphs, in section order. */
    public List<String> paragraphs(ReportLanguage language) {
        return sections.stream().flatMap(s -> s.paragraphs(language).stream()).toList();
    }
}
