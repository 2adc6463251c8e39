package cn.gov.daxiang.perf.adapter.rest.sample;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The embedded default's sample key evaluations as the sample file lists them: what finance planned, the agency it
 * commissioned, and the total score each report came to. The loader turns each into a real evaluation through the use
 * cases. {@code unit} is the unit a finding's rectification is proposed to (the project's owner, or the department).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SampleKeyEvaluations(int fiscalYear, String agency, LocalDate dueDate, List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String title, String subjectKind, String project, String department, String unit, Integer spendingYear, String framework,
                BigDecimal score, String finding, String suggestion) {
    }
}
