package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.scoring.WeightTemplate;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which self-evaluation weights (自评权重) apply to which kind of evaluation from which fiscal year on
 * (configurable data, like the grade schemes): for a kind and the evaluated year, the entry with the latest
 * {@code effectiveFrom} not after that year applies. An evaluation keeps the template it was opened with.
 */
public record WeightTemplateCatalog(List<Entry> entries) implements Auditable {

    public static final String AUDIT_TYPE = "weight-template-catalog";
    public static final String AUDIT_ID = "default";

    /** From {@code effectiveFrom} on, self-evaluations of {@code kind} are scored with {@code template}. */
    public record Entry(SelfEvaluationKind kind, FiscalYear effectiveFrom, WeightTemplate template) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(template, "template");
        }
    }

    public WeightTemplateCatalog {
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            if (!seen.add(entry.kind() + "@" + entry.effectiveFrom())) {
                throw new InvalidValueException("entries", "WEIGHT_TEMPLATE_ENTRY_DUPLICATE",
                        Map.of("kind", entry.kind().name(), "effectiveFrom", entry.effectiveFrom().value()));
            }
        }
    }

    /** The default data: 预算执行率 10, 产出 50, 效益 30, 满意度 10 for every kind and year. */
    public static WeightTemplateCatalog districtDefault() {
        FiscalYear always = FiscalYear.of(FiscalYear.EARLIEST);
        return new WeightTemplateCatalog(List.of(
                new Entry(SelfEvaluationKind.PROJECT, always, WeightTemplate.standard()),
                new Entry(SelfEvaluationKind.DEPARTMENT_OVERALL, always, WeightTemplate.standard())));
    }

    /**
     * Refuses a catalog that would leave a kind of self-evaluation without weights in some year: every kind needs an
     * entry from the earliest fiscal year on. Applied when the configuration is replaced.
     */
    public WeightTemplateCatalog requireComplete() {
        List<String> missing = java.util.Arrays.stream(SelfEvaluationKind.values())
                .filter(kind -> entries.stream().noneMatch(e -> e.kind() == kind && e.effectiveFrom().value() == FiscalYear.EARLIEST))
                .map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw new InvalidValueException("entries", "WEIGHT_TEMPLATE_CATALOG_INCOMPLETE",
                    Map.of("kinds", missing, "from", FiscalYear.EARLIEST));
        }
        return this;
    }

    public WeightTemplate templateFor(SelfEvaluationKind kind, FiscalYear year) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.effectiveFrom().compareTo(year) <= 0)
                .max(Comparator.comparing(Entry::effectiveFrom))
                .map(Entry::template)
                .orElseThrow(() -> new RuleViolationException("WEIGHT_TEMPLATE_NOT_CONFIGURED",
                        Map.of("kind", kind.name(), "fiscalYear", year.value())));
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        for (Entry entry : entries) {
            fields.put(entry.kind() + "@" + entry.effectiveFrom(), describe(entry.template()));
        }
        return new AuditSnapshot(AUDIT_TYPE, AUDIT_ID, fields);
    }

    /** {@code executionRate 10.00; OUTPUT 50.00; ...}, as people read a template. */
    public static String describe(WeightTemplate template) {
        return "executionRate " + template.executionRateWeight().toPlainString() + "; " + template.groupWeights().entrySet().stream()
                .map(e -> e.getKey() + " " + plain(e.getValue())).collect(Collectors.joining("; "));
    }

    private static String plain(BigDecimal weight) {
        return weight.toPlainString();
    }
}
