package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;

import java.util.List;
import java.util.Optional;

/**
 * The grading configuration: grade schemes, which scheme grades which evaluation type from which year, and
 * which weights score which kind of self-evaluation from which year. Each catalog is one document with one
 * revision: it is read and replaced whole.
 */
public interface GradingConfigurationRepository {

    record StoredScheme(GradeScheme scheme, long revision) {
    }

    record StoredGradeSchemeCatalog(GradeSchemeCatalog catalog, long revision) {
    }

    record StoredWeightTemplateCatalog(WeightTemplateCatalog catalog, long revision) {
    }

    /** Every scheme, ordered by id. */
    List<StoredScheme> findSchemes();

    Optional<StoredScheme> findScheme(GradeSchemeId id);

    /** Stores a new scheme; its revision is 0. @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException for a taken id */
    long addScheme(GradeScheme scheme);

    /** Stores a scheme's new name and bands, provided it is still at {@code expectedRevision}; returns the new revision. */
    long updateScheme(GradeScheme scheme, long expectedRevision);

    StoredGradeSchemeCatalog gradeSchemeCatalog();

    /** Replaces every entry, provided the catalog is still at {@code expectedRevision}; returns the new revision. */
    long replaceGradeSchemeCatalog(GradeSchemeCatalog catalog, long expectedRevision);

    StoredWeightTemplateCatalog weightTemplateCatalog();

    long replaceWeightTemplateCatalog(WeightTemplateCatalog catalog, long expectedRevision);
}
