package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;
import cn.gov.daxiang.perf.domain.goal.LiveGoal;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.ApprovedIndicatorSample;
import cn.gov.daxiang.perf.domain.indicator.SimilarProject;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Goals in memory, in declaration order. Reads join the review assignments, projects and units of the fakes it is
 * given, as the adapter's queries join their tables; "one live goal per subject" is refused as the database's
 * unique key refuses it.
 */
public class InMemoryGoalRepository implements GoalRepository {

    private final Map<GoalId, PerformanceGoal> stored = new LinkedHashMap<>();
    private final Revisions<GoalId> revisions = new Revisions<>(PerformanceGoal.AUDIT_TYPE);
    private final InMemoryGoalReviewAssignmentRepository assignments;
    private final InMemoryProjectRepository projects;
    private final InMemoryBudgetUnitRepository units;

    public InMemoryGoalRepository(InMemoryGoalReviewAssignmentRepository assignments, InMemoryProjectRepository projects,
                                  InMemoryBudgetUnitRepository units) {
        this.assignments = assignments;
        this.projects = projects;
        this.units = units;
    }

    /** Every stored goal, in declaration order (copies). */
    public List<PerformanceGoal> all() {
        return stored.values().stream().map(Copies::of).toList();
    }

    @Override
    public Optional<Stored> findById(GoalId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public Page<Stored> find(GoalCriteria criteria, DataScope scope, AgencyId agency, Paging paging) {
        List<PerformanceGoal> newestFirst = new ArrayList<>(stored.values());
        java.util.Collections.reverse(newestFirst);
        List<Stored> matching = newestFirst.stream()
                .filter(g -> scope.unrestricted() || scope.includes(g.getUnitCode())
                        || agency != null && agency.equals(agencyOf(g.getId())))
                .filter(g -> criteria.fiscalYearFilter().map(g.getFiscalYear()::equals).orElse(true))
                .filter(g -> criteria.unitCodeFilter().map(g.getUnitCode()::equals).orElse(true))
                .filter(g -> criteria.kindFilter().map(k -> k == g.getKind()).orElse(true))
                .filter(g -> criteria.statusFilter().map(s -> s == g.getStatus()).orElse(true))
                .filter(g -> criteria.projectCodeFilter().map(p -> g.getProjectCode().filter(p::equals).isPresent()).orElse(true))
                .map(this::stored)
                .toList();
        return Pages.of(matching, paging);
    }

    @Override
    public List<PerformanceGoal> findByProject(ProjectCode project) {
        return stored.values().stream().filter(g -> g.getProjectCode().filter(project::equals).isPresent()).map(Copies::of).toList();
    }

    @Override
    public Optional<GoalId> findLive(LiveGoal subject) {
        return stored.values().stream().filter(subject::isMetBy).map(PerformanceGoal::getId).findFirst();
    }

    @Override
    public Set<String> findLiveSubjectKeys(GoalKind kind, FiscalYear year, Collection<String> subjectKeys) {
        return subjectKeys.stream().filter(key -> findLive(new LiveGoal(kind, year, key)).isPresent()).collect(Collectors.toSet());
    }

    @Override
    public List<ApprovedGoalSubject> approvedSubjects(FiscalYear year) {
        return stored.values().stream().filter(g -> g.getFiscalYear().equals(year) && g.hasApprovedVersion())
                .map(g -> new ApprovedGoalSubject(year, g.getKind(), g.getUnitCode(), g.getProjectCode().orElse(null)))
                .toList();
    }

    @Override
    public List<ApprovedIndicatorSample> approvedIndicatorSamples(SimilarProject similar, int limit) {
        List<PerformanceGoal> newestFirst = new ArrayList<>(stored.values());
        java.util.Collections.reverse(newestFirst);
        List<ApprovedIndicatorSample> samples = new ArrayList<>();
        for (PerformanceGoal goal : newestFirst) {
            Optional<GoalVersion> approved = goal.latestApprovedVersion();
            Project project = goal.getProjectCode().map(projects.stored::get).orElse(null);
            BudgetUnit sampleUnit = units.stored.get(goal.getUnitCode());
            if (approved.isEmpty() || project == null || sampleUnit == null) {
                continue;
            }
            UnitCode sampleDepartment = sampleUnit.getSupervisingDepartment().orElse(null);
            if (!similar.matches(project.getCode(), project.getCategory(), goal.getUnitCode(), sampleDepartment)) {
                continue;
            }
            for (var indicator : approved.get().getContent().indicators()) {
                if (samples.size() == limit) {
                    return samples;
                }
                samples.add(new ApprovedIndicatorSample(indicator, goal.getFiscalYear(), project.getCategory(), project.getKinds(),
                        sampleDepartment == null ? goal.getUnitCode() : sampleDepartment, goal.getUnitCode(), null));
            }
        }
        return samples;
    }

    @Override
    public long add(PerformanceGoal goal) {
        if (stored.containsKey(goal.getId())) {
            throw new IllegalStateException("goal " + goal.getId() + " is stored already");
        }
        requireNoOtherLiveGoal(goal);
        stored.put(goal.getId(), Copies.of(goal));
        return revisions.added(goal.getId());
    }

    /** All or none, as the adapter's one transaction. */
    @Override
    public void addAll(List<PerformanceGoal> goals) {
        Map<GoalId, PerformanceGoal> before = new LinkedHashMap<>(stored);
        try {
            goals.forEach(this::add);
        } catch (RuntimeException e) {
            stored.keySet().stream().filter(id -> !before.containsKey(id)).forEach(revisions::forget);
            stored.clear();
            stored.putAll(before);
            throw e;
        }
    }

    @Override
    public long update(PerformanceGoal goal, long expectedRevision) {
        revisions.require(goal.getId(), expectedRevision);
        requireNoOtherLiveGoal(goal);
        long next = revisions.change(goal.getId(), expectedRevision);
        stored.put(goal.getId(), Copies.of(goal));
        return next;
    }

    /** The unique key's refusal, as the adapter translates it: the live goal is not named ("?"). */
    private void requireNoOtherLiveGoal(PerformanceGoal goal) {
        if (!LiveGoal.isLive(goal.getStatus())) {
            return;
        }
        LiveGoal subject = LiveGoal.of(goal);
        if (stored.values().stream().anyMatch(other -> !other.getId().equals(goal.getId()) && subject.isMetBy(other))) {
            throw subject.alreadyDeclared("?");
        }
    }

    private AgencyId agencyOf(GoalId id) {
        return assignments.findByGoal(id).map(GoalReviewAssignment::agency).orElse(null);
    }

    private Stored stored(PerformanceGoal goal) {
        return new Stored(Copies.of(goal), revisions.of(goal.getId()), agencyOf(goal.getId()));
    }
}
