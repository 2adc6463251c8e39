package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assessments in memory, in drafting order; a second open assessment of a project is refused as the unique key does. */
public class InMemoryPreAssessmentRepository implements PreAssessmentRepository {

    private final Map<PreAssessmentId, PreAssessment> stored = new LinkedHashMap<>();
    private final Revisions<PreAssessmentId> revisions = new Revisions<>(PreAssessment.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(PreAssessmentId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public List<PreAssessment> findByProject(ProjectCode projectCode) {
        return stored.values().stream().filter(a -> a.getProjectCode().equals(projectCode)).map(Copies::of).toList();
    }

    @Override
    public Optional<PreAssessmentId> findOpenByProject(ProjectCode projectCode) {
        return stored.values().stream().filter(a -> a.getProjectCode().equals(projectCode) && a.isOpen()).map(PreAssessment::getId).findFirst();
    }

    @Override
    public Page<Stored> find(PreAssessmentCriteria criteria, DataScope scope, AgencyId agency, Paging paging) {
        List<PreAssessment> newestFirst = new ArrayList<>(stored.values());
        Collections.reverse(newestFirst);
        return Pages.of(newestFirst.stream()
                .filter(a -> scope.includes(a.getUnitCode()) || (agency != null && a.getAgency().filter(agency::equals).isPresent()))
                .filter(a -> criteria.fiscalYearFilter().map(a.getFiscalYear()::equals).orElse(true))
                .filter(a -> criteria.projectCodeFilter().map(a.getProjectCode()::equals).orElse(true))
                .filter(a -> criteria.stateFilter().map(s -> s == a.getState()).orElse(true))
                .filter(a -> criteria.conclusionFilter().map(c -> a.getConclusion().filter(c::equals).isPresent()).orElse(true))
                .map(this::stored).toList(), paging);
    }

    @Override
    public long add(PreAssessment assessment) {
        findOpenByProject(assessment.getProjectCode()).ifPresent(open -> {
            throw new AlreadyExistsException("PRE_ASSESSMENT_ALREADY_OPEN",
                    Map.of("projectCode", assessment.getProjectCode().value(), "assessmentId", open.toString()));
        });
        stored.put(assessment.getId(), Copies.of(assessment));
        return revisions.added(assessment.getId());
    }

    @Override
    public long update(PreAssessment assessment, long expectedRevision) {
        long next = revisions.change(assessment.getId(), expectedRevision);
        stored.put(assessment.getId(), Copies.of(assessment));
        return next;
    }

    private Stored stored(PreAssessment assessment) {
        return new Stored(Copies.of(assessment), revisions.of(assessment.getId()));
    }
}
