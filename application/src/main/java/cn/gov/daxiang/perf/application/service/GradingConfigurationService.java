package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.port.in.grade.DefineGradeSchemeUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.FindGradeSchemeQuery;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeAssignment;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeCatalogQuery;
import cn.gov.daxiang.perf.application.port.in.grade.GradeSchemeDetails;
import cn.gov.daxiang.perf.application.port.in.grade.GradeScoreQuery;
import cn.gov.daxiang.perf.application.port.in.grade.ListGradeSchemesQuery;
import cn.gov.daxiang.perf.application.port.in.grade.ReplaceGradeSchemeCatalogUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.ReplaceWeightTemplateCatalogUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeCommand;
import cn.gov.daxiang.perf.application.port.in.grade.ReviseGradeSchemeUseCase;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogDetails;
import cn.gov.daxiang.perf.application.port.in.grade.WeightTemplateCatalogQuery;
import cn.gov.daxiang.perf.application.port.out.GradingConfigurationRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalog;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeCatalogReplaced;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeNotFoundException;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalog;
import cn.gov.daxiang.perf.domain.selfevaluation.WeightTemplateCatalogReplaced;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grading configuration: grade schemes, the catalog that assigns them to evaluation types and years, and
 * the self-evaluation weights. Every user reads it (it is what grades them); only finance administration
 * changes it, each change from the revision it read and audited.
 */
@ApplicationScoped
@Transactional
public class GradingConfigurationService implements ListGradeSchemesQuery, FindGradeSchemeQuery, DefineGradeSchemeUseCase,
        ReviseGradeSchemeUseCase, GradeSchemeCatalogQuery, ReplaceGradeSchemeCatalogUseCase, GradeScoreQuery,
        WeightTemplateCatalogQuery, ReplaceWeightTemplateCatalogUseCase {

    private final GradingConfigurationRepository configuration;
    private final SelfEvaluationRepository evaluations;
    private final ChangePipeline pipeline;

    @Inject
    public GradingConfigurationService(GradingConfigurationRepository configuration, SelfEvaluationRepository evaluations,
                                       ChangePipeline pipeline) {
        this.configuration = configuration;
        this.evaluations = evaluations;
        this.pipeline = pipeline;
    }

    @Override
    public List<GradeSchemeDetails> listGradeSchemes(Actor actor) {
        return configuration.findSchemes().stream().map(this::details).toList();
    }

    @Override
    public GradeSchemeDetails findGradeScheme(Actor actor, GradeSchemeId id) {
        return details(configuration.findScheme(id).orElseThrow(() -> new GradeSchemeNotFoundException(id)));
    }

    @Override
    public GradeSchemeDetails defineGradeScheme(Actor actor, GradeScheme scheme) {
        EvaluationAccessPolicy.requireConfigurationAdmin(actor, "define-grade-scheme");
        long revision = pipeline.create(actor, scheme, configuration::addScheme);
        return new GradeSchemeDetails(scheme, revision, 0);
    }

    @Override
    public GradeSchemeDetails reviseGradeScheme(Actor actor, ReviseGradeSchemeCommand command) {
        GradeSchemeId id = command.id();
        long revision = command.revision();
        GradingConfigurationRepository.StoredScheme stored = configuration.findScheme(id).orElseThrow(() -> new GradeSchemeNotFoundException(id));
        EvaluationAccessPolicy.requireConfigurationAdmin(actor, "revise-grade-scheme");
        if (stored.revision() != revision) {
            throw new StaleRevisionException(GradeScheme.AUDIT_TYPE, id.value(), revision, stored.revision());
        }
        long graded = evaluations.countGradedWith(id);
        GradeScheme revised = stored.scheme().revised(command.name(), command.bands(), graded);
        long newRevision = configuration.updateScheme(revised, revision);
        // A revision is a new value of the scheme, not a change of the stored one: its events are published beside it.
        AuditSnapshot before = stored.scheme().auditSnapshot();
        revised.pullEvents().forEach(event -> pipeline.record(actor, event, before, revised.auditSnapshot()));
        return new GradeSchemeDetails(revised, newRevision, graded);
    }

    @Override
    public GradeSchemeCatalogDetails gradeSchemeCatalog(Actor actor) {
        GradingConfigurationRepository.StoredGradeSchemeCatalog stored = configuration.gradeSchemeCatalog();
        return new GradeSchemeCatalogDetails(stored.catalog(), stored.revision());
    }

    @Override
    public GradeSchemeCatalogDetails replaceGradeSchemeCatalog(Actor actor, long revision, List<GradeSchemeAssignment> entries) {
        EvaluationAccessPolicy.requireConfigurationAdmin(actor, "configure-grade-schemes");
        GradingConfigurationRepository.StoredGradeSchemeCatalog stored = configuration.gradeSchemeCatalog();
        if (stored.revision() != revision) {
            throw new StaleRevisionException(GradeSchemeCatalog.AUDIT_TYPE, GradeSchemeCatalog.AUDIT_ID, revision, stored.revision());
        }
        Map<GradeSchemeId, GradeScheme> schemes = new java.util.HashMap<>();
        configuration.findSchemes().forEach(s -> schemes.put(s.scheme().getId(), s.scheme()));
        List<GradeSchemeCatalog.Entry> resolved = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            GradeSchemeAssignment entry = entries.get(i);
            GradeScheme scheme = schemes.get(entry.schemeId());
            if (scheme == null) {
                throw new InvalidValueException("entries[" + i + "].schemeId", "GRADE_SCHEME_UNKNOWN",
                        Map.of("schemeId", entry.schemeId().value()));
            }
            resolved.add(new GradeSchemeCatalog.Entry(entry.type(), entry.effectiveFrom(), scheme));
        }
        GradeSchemeCatalog catalog = new GradeSchemeCatalog(resolved).requireComplete();
        AuditSnapshot before = stored.catalog().auditSnapshot();
        long newRevision = configuration.replaceGradeSchemeCatalog(catalog, revision);
        pipeline.record(actor, new GradeSchemeCatalogReplaced(catalog), before, catalog.auditSnapshot());
        return new GradeSchemeCatalogDetails(catalog, newRevision);
    }

    @Override
    public GradedScore gradeScore(Actor actor, EvaluationType type, FiscalYear fiscalYear, Score score) {
        return configuration.gradeSchemeCatalog().catalog().grade(type, fiscalYear, score);
    }

    @Override
    public WeightTemplateCatalogDetails weightTemplateCatalog(Actor actor) {
        GradingConfigurationRepository.StoredWeightTemplateCatalog stored = configuration.weightTemplateCatalog();
        return new WeightTemplateCatalogDetails(stored.catalog(), stored.revision());
    }

    @Override
    public WeightTemplateCatalogDetails replaceWeightTemplateCatalog(Actor actor, long revision, WeightTemplateCatalog catalog) {
        EvaluationAccessPolicy.requireConfigurationAdmin(actor, "configure-weight-templates");
        GradingConfigurationRepository.StoredWeightTemplateCatalog stored = configuration.weightTemplateCatalog();
        if (stored.revision() != revision) {
            throw new StaleRevisionException(WeightTemplateCatalog.AUDIT_TYPE, WeightTemplateCatalog.AUDIT_ID, revision, stored.revision());
        }
        catalog.requireComplete();
        AuditSnapshot before = stored.catalog().auditSnapshot();
        long newRevision = configuration.replaceWeightTemplateCatalog(catalog, revision);
        pipeline.record(actor, new WeightTemplateCatalogReplaced(catalog), before, catalog.auditSnapshot());
        return new WeightTemplateCatalogDetails(catalog, newRevision);
    }

    private GradeSchemeDetails details(GradingConfigurationRepository.StoredScheme stored) {
        return new GradeSchemeDetails(stored.scheme(), stored.revision(), evaluations.countGradedWith(stored.scheme().getId()));
    }
}
