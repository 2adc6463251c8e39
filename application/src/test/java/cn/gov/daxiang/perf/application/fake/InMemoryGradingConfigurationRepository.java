package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The grading configuration in memory, seeded as the migration seeds the database: the national and district
 * schemes, and both catalogs with their district defaults at revision 0.
 */
public class InMemoryGradingConfigurationRepository implements GradingConfigurationRepository {

    private static final String CATALOG = "default";

    private final TreeMap<String, GradeScheme> schemes = new TreeMap<>();
    private final Revisions<String> schemeRevisions = new Revisions<>(GradeScheme.AUDIT_TYPE);
    private final Revisions<String> gradeCatalogRevision = new Revisions<>(GradeSchemeCatalog.AUDIT_TYPE);
    private final Revisions<String> weightCatalogRevision = new Revisions<>(WeightTemplateCatalog.AUDIT_TYPE);
    private List<GradeSchemeCatalog.Entry> gradeEntries;
    private WeightTemplateCatalog weights;

    public InMemoryGradingConfigurationRepository() {
        for (GradeScheme scheme : List.of(GradeScheme.national(), GradeScheme.district2024())) {
            schemes.put(scheme.getId().value(), scheme);
            schemeRevisions.added(scheme.getId().value());
        }
        gradeEntries = byYear(GradeSchemeCatalog.districtDefault().entries());
        weights = WeightTemplateCatalog.districtDefault();
        gradeCatalogRevision.added(CATALOG);
        weightCatalogRevision.added(CATALOG);
    }

    @Override
    public List<StoredScheme> findSchemes() {
        return schemes.values().stream().map(this::stored).toList();
    }

    @Override
    public Optional<StoredScheme> findScheme(GradeSchemeId id) {
        return Optional.ofNullable(schemes.get(id.value())).map(this::stored);
    }

    @Override
    public long addScheme(GradeScheme scheme) {
        if (schemes.containsKey(scheme.getId().value())) {
            throw new AlreadyExistsException("GRADE_SCHEME_ALREADY_EXISTS", Map.of("schemeId", scheme.getId().value()));
        }
        schemes.put(scheme.getId().value(), Copies.of(scheme));
        return schemeRevisions.added(scheme.getId().value());
    }

    @Override
    public long updateScheme(GradeScheme scheme, long expectedRevision) {
        long next = schemeRevisions.change(scheme.getId().value(), expectedRevision);
        schemes.put(scheme.getId().value(), Copies.of(scheme));
        return next;
    }

    /** The entries name schemes by id: a scheme renamed since reads with its new name, as the adapter's join gives it. */
    @Override
    public StoredGradeSchemeCatalog gradeSchemeCatalog() {
        return new StoredGradeSchemeCatalog(new GradeSchemeCatalog(gradeEntries.stream()
                .map(e -> new GradeSchemeCatalog.Entry(e.type(), e.effectiveFrom(), schemes.get(e.scheme().getId().value())))
                .toList()), gradeCatalogRevision.of(CATALOG));
    }

    @Override
    public long replaceGradeSchemeCatalog(GradeSchemeCatalog catalog, long expectedRevision) {
        long next = gradeCatalogRevision.change(CATALOG, expectedRevision);
        gradeEntries = byYear(catalog.entries());
        return next;
    }

    @Override
    public StoredWeightTemplateCatalog weightTemplateCatalog() {
        return new StoredWeightTemplateCatalog(weights, weightCatalogRevision.of(CATALOG));
    }

    @Override
    public long replaceWeightTemplateCatalog(WeightTemplateCatalog catalog, long expectedRevision) {
        long next = weightCatalogRevision.change(CATALOG, expectedRevision);
        weights = new WeightTemplateCatalog(catalog.entries().stream()
                .sorted(Comparator.comparing(e -> e.effectiveFrom().value())).toList());
        return next;
    }

    /** The adapter reads entries by effective year, then as they were written. */
    private static List<GradeSchemeCatalog.Entry> byYear(List<GradeSchemeCatalog.Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(e -> e.effectiveFrom().value())).toList();
    }

    private StoredScheme stored(GradeScheme scheme) {
        return new StoredScheme(Copies.of(scheme), schemeRevisions.of(scheme.getId().value()));
    }
}
