package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.List;
import java.util.Optional;

/** Ex-ante assessments with their criteria and scores. */
public interface PreAssessmentRepository {

    record Stored(PreAssessment assessment, long revision) {
    }

    Optional<Stored> findById(PreAssessmentId id);

    /** Every assessment of the project, any state, oldest first. */
    List<PreAssessment> findByProject(ProjectCode projectCode);

    /** The project's open (not concluded) assessment, if any; there is at most one. */
    Optional<PreAssessmentId> findOpenByProject(ProjectCode projectCode);

    /**
     * The matching assessments of units in {@code scope}, and those commissioned to {@code agency} (null: none), newest
     * first.
     */
    Page<Stored> find(PreAssessmentCriteria criteria, DataScope scope, AgencyId agency, Paging paging);

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException PRE_ASSESSMENT_ALREADY_OPEN for a second open one of a project */
    long add(PreAssessment assessment);

    /** @throws cn.gov.daxiang.perf.domain.shared.StaleRevisionException when it is no longer at {@code expectedRevision} */
    long update(PreAssessment assessment, long expectedRevision);
}
