package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.LiveGoal;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.ApprovedIndicatorSample;
import cn.gov.daxiang.perf.domain.indicator.SimilarProject;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.List;
import java.util.Optional;

public interface GoalRepository {

    /** A goal with its revision and the agency its review is assigned to (null when none). */
    record Stored(PerformanceGoal goal, long revision, AgencyId reviewAgency) {
    }

    /** One goal with its versions, indicators and review assignment, in two statements. */
    Optional<Stored> findById(GoalId id);

    /**
     * The matching goals the actor may see: those of units in {@code scope}, and those whose review is
     * assigned to {@code agency} (null for none). Newest declarations first.
     */
    Page<Stored> find(GoalCriteria criteria, DataScope scope, AgencyId agency, Paging paging);

    /** Every goal of a project, oldest first. */
    List<PerformanceGoal> findByProject(ProjectCode project);

    /** The {@linkplain LiveGoal live goal} of the subject, if any. */
    Optional<GoalId> findLive(LiveGoal subject);

    /**
     * Of {@code subjectKeys}, those that already have a {@linkplain LiveGoal live goal} of this kind in the year (one
     * round trip per 500).
     */
    java.util.Set<String> findLiveSubjectKeys(GoalKind kind, FiscalYear year, java.util.Collection<String> subjectKeys);

    /** The subjects of the year's goals that have an approved version. */
    List<ApprovedGoalSubject> approvedSubjects(FiscalYear year);

    /** The subjects of the year's goals of one kind that have an approved version (a store filters them in its query). */
    default List<ApprovedGoalSubject> approvedSubjects(FiscalYear year, GoalKind kind) {
        return approvedSubjects(year).stream().filter(s -> s.kind() == kind).toList();
    }

    /**
     * Indicators of the latest approved versions of the goals of {@linkplain SimilarProject similar projects}, newest
     * goal first and in their order within a goal, at most {@code limit}.
     */
    List<ApprovedIndicatorSample> approvedIndicatorSamples(SimilarProject similar, int limit);

    /** Stores a new goal; its revision is 0. */
    long add(PerformanceGoal goal);

    /** Stores many new goals in JDBC batches (an import); all or none. */
    void addAll(List<PerformanceGoal> goals);

    /**
     * Stores the changes of a known goal, provided it is still at {@code expectedRevision}.
     *
     * @return the new revision
     * @throws cn.gov.daxiang.perf.domain.shared.StaleRevisionException when someone changed it in between
     */
    long update(PerformanceGoal goal, long expectedRevision);
}
