package cn.gov.daxiang.perf.adapter.persistence.preassessment;

import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Published criteria versions; the highest is in force. */
@ApplicationScoped
public class AssessmentCriteriaPersistenceAdapter implements AssessmentCriteriaRepository {

    private final AssessmentCriteriaSetPanacheRepository sets;
    private final AssessmentCriteriaItemPanacheRepository items;
    private final PreAssessmentPersistenceMapper mapper;

    @Inject
    public AssessmentCriteriaPersistenceAdapter(AssessmentCriteriaSetPanacheRepository sets, AssessmentCriteriaItemPanacheRepository items,
                                                PreAssessmentPersistenceMapper mapper) {
        this.sets = sets;
        this.items = items;
        this.mapper = mapper;
    }

    @Override
    public Optional<AssessmentCriteriaSet> findCurrent() {
        return sets.findAll(Sort.descending("criteriaVersion")).firstResultOptional()
                .map(root -> mapper.toDomain(root, items.list("setPk", Sort.by("ordinal"), root.id)));
    }

    @Override
    public void add(AssessmentCriteriaSet criteria) {
        if (sets.count("criteriaVersion", criteria.getVersion()) > 0) {
            throw taken(criteria);
        }
        AssessmentCriteriaSetJpaEntity root = new AssessmentCriteriaSetJpaEntity();
        root.criteriaVersion = criteria.getVersion();
        root.publishedBy = criteria.getPublishedBy().orElseThrow().value();
        root.publishedAt = PreAssessmentPersistenceMapper.offset(criteria.getPublishedAt().orElseThrow());
        sets.persist(root);
        List<cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion> all = criteria.getCriteria();
        for (int i = 0; i < all.size(); i++) {
            AssessmentCriteriaItemJpaEntity item = mapper.toItem(all.get(i));
            item.setPk = root.id;
            item.ordinal = i;
            items.persist(item);
        }
        try {
            sets.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_assessment_criteria_version")) {
                throw taken(criteria);
            }
            throw e;
        }
    }

    private static AlreadyExistsException taken(AssessmentCriteriaSet criteria) {
        return new AlreadyExistsException("ASSESSMENT_CRITERIA_VERSION_TAKEN", Map.of("version", criteria.getVersion()));
    }
}
