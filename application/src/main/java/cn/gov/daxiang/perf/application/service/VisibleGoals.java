package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.goal.GoalDetails;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalAccessPolicy;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalNotFoundException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads goals the way every goal use case needs them: only if the actor may see them (not found
 * otherwise), at the revision the caller read (stale otherwise), with the unit's supervising department
 * at hand for the review rules.
 */
@ApplicationScoped
public class VisibleGoals {

    private final GoalRepository goals;
    private final BudgetUnitRepository units;
    private final DataScopes scopes;

    @Inject
    public VisibleGoals(GoalRepository goals, BudgetUnitRepository units, DataScopes scopes) {
        this.goals = goals;
        this.units = units;
        this.scopes = scopes;
    }

    public GoalDetails load(Actor actor, GoalId id) {
        GoalRepository.Stored stored = goals.findById(id).orElseThrow(() -> new GoalNotFoundException(id));
        AgencyId agency = stored.reviewAgency();
        if (!GoalAccessPolicy.canSee(actor, stored.goal().getUnitCode(), scopes.readScope(actor), agency)) {
            throw new GoalNotFoundException(id);
        }
        return new GoalDetails(stored.goal(), stored.revision(), agency);
    }

    /** As {@link #load}, and refuses a change made from an older revision than the stored one. */
    public GoalDetails loadForChange(Actor actor, GoalId id, long revision) {
        GoalDetails details = load(actor, id);
        if (details.revision() != revision) {
            throw new StaleRevisionException(PerformanceGoal.AUDIT_TYPE, id.toString(), revision, details.revision());
        }
        return details;
    }

    /** A goal for the change pipeline: loaded as {@link #loadForChange}, saved at the same revision. */
    public GoalForChange forChange(Actor actor, GoalId id, long revision) {
        return new GoalForChange(actor, id, revision);
    }

    /** One goal a caller changes; after loading it also knows the agency assigned to review it, if any. */
    public final class GoalForChange implements AggregateAccess<PerformanceGoal> {

        private final Actor actor;
        private final GoalId id;
        private final long revision;
        private AgencyId reviewAgency;

        private GoalForChange(Actor actor, GoalId id, long revision) {
            this.actor = actor;
            this.id = id;
            this.revision = revision;
        }

        @Override
        public PerformanceGoal load() {
            GoalDetails details = loadForChange(actor, id, revision);
            reviewAgency = details.reviewAgency();
            return details.goal();
        }

        @Override
        public long save(PerformanceGoal goal) {
            return goals.update(goal, revision);
        }

        /** The goal as saved, with its review agency, as the goal use cases answer. */
        public GoalDetails details(Saved<PerformanceGoal, ?> saved) {
            return new GoalDetails(saved.aggregate(), saved.revision(), reviewAgency);
        }
    }

    /** The department that supervises the goal's unit, or null when the unit is itself a department. */
    public UnitCode departmentOf(PerformanceGoal goal) {
        return units.findByCode(goal.getUnitCode()).flatMap(BudgetUnit::getSupervisingDepartment).orElse(null);
    }
}
