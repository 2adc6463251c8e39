package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which grade scheme applies to which evaluation type from which fiscal year on (configurable data).
 * For a type and the evaluated fiscal year, the entry with the latest {@code effectiveFrom} not after
 * that year applies; so a new scheme takes over from its year and older years keep theirs.
 */
public record GradeSchemeCatalog(List<Entry> entries) implements Auditable {

    public static final String AUDIT_TYPE = "grade-scheme-catalog";
    public static final String AUDIT_ID = "default";

    /** From {@code effectiveFrom} on (the evaluated fiscal year), {@code type} is graded by {@code scheme}. */
    public record Entry(EvaluationType type, FiscalYear effectiveFrom, GradeScheme scheme) {
        public Entry {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    public GradeSchemeCatalog {
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            if (!seen.add(entry.type() + "@" + entry.effectiveFrom())) {
                throw new InvalidValueException("GRADE_SCHEME_ENTRY_DUPLICATE",
                        Map.of("evaluationType", entry.type().name(), "effectiveFrom", entry.effectiveFrom().value()));
            }
        }
    }

    /**
     * The default data: every type is graded nationally (优/良/中/差 at 90/80/60); key evaluations from
     * fiscal year 2023 on use the district scheme (优/良/较差/差 at 90/80/70), the one the 2024 work
     * report applied to the key evaluations of 2023 spending. The first year is an inference from the
     * report; correct it here, as data, when the bureau's 办法 says otherwise.
     */
    public static GradeSchemeCatalog districtDefault() {
        FiscalYear always = FiscalYear.of(FiscalYear.EARLIEST);
        GradeScheme national = GradeScheme.national();
        return new GradeSchemeCatalog(List.of(
                new Entry(EvaluationType.SELF_EVALUATION, always, national),
                new Entry(EvaluationType.DEPARTMENT_EVALUATION, always, national),
                new Entry(EvaluationType.KEY_EVALUATION, always, national),
                new Entry(EvaluationType.KEY_EVALUATION, FiscalYear.of(2023), GradeScheme.district2024())));
    }

    public GradeScheme schemeFor(EvaluationType type, FiscalYear year) {
        return entries.stream()
                .filter(e -> e.type() == type && e.effectiveFrom().compareTo(year) <= 0)
                .max(Comparator.comparing(Entry::effectiveFrom))
                .map(Entry::scheme)
                .orElseThrow(() -> new RuleViolationException("GRADE_SCHEME_NOT_CONFIGURED",
                        Map.of("evaluationType", type.name(), "fiscalYear", year.value())));
    }

    public GradedScore grade(EvaluationType type, FiscalYear year, Score score) {
        return schemeFor(type, year).graded(score);
    }

    /**
     * Refuses a catalog that would leave an evaluation type without a scheme in some year: every type needs an
     * entry from the earliest fiscal year on, so that no submission can ever meet GRADE_SCHEME_NOT_CONFIGURED.
     * Applied when the configuration is replaced; a catalog under construction may be partial.
     */
    public GradeSchemeCatalog requireComplete() {
        List<String> missing = java.util.Arrays.stream(EvaluationType.values())
                .filter(type -> entries.stream().noneMatch(e -> e.type() == type && e.effectiveFrom().value() == FiscalYear.EARLIEST))
                .map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw new InvalidValueException("entries", "GRADE_SCHEME_CATALOG_INCOMPLETE",
                    Map.of("evaluationTypes", missing, "from", FiscalYear.EARLIEST));
        }
        return this;
    }

    /** Whether any entry assigns the scheme. */
    public boolean assigns(GradeSchemeId schemeId) {
        return entries.stream().anyMatch(e -> e.scheme().getId().equals(schemeId));
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new java.util.HashMap<>();
        for (Entry entry : entries) {
            fields.put(entry.type() + "@" + entry.effectiveFrom(), entry.scheme().getId().value());
        }
        return new AuditSnapshot(AUDIT_TYPE, AUDIT_ID, fields);
    }
}
