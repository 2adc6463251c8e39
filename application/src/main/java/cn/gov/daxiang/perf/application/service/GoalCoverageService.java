package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageQuery;
import cn.gov.daxiang.perf.application.port.in.goal.GoalCoverageView;
import cn.gov.daxiang.perf.application.port.out.GoalCoverageRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.goal.GoalCoverage;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Goal coverage of a year within the actor's scope: the store counts the records ({@link GoalCoverageRepository}), the
 * domain composes the figures ({@link GoalCoverage}); computed on every request, never stored.
 */
@ApplicationScoped
@Transactional
public class GoalCoverageService implements GoalCoverageQuery {

    private final GoalCoverageRepository coverage;
    private final DataScopes scopes;

    @Inject
    public GoalCoverageService(GoalCoverageRepository coverage, DataScopes scopes) {
        this.coverage = coverage;
        this.scopes = scopes;
    }

    @Override
    public GoalCoverageView goalCoverage(Actor actor, FiscalYear year) {
        GoalCoverageRepository.Counted counted = coverage.count(year, scopes.readScope(actor), GoalCoverageRepository.Grouping.SCOPE);
        return new GoalCoverageView(new GoalCoverage().calculate(year, counted.tallies()), counted.unitNames(), counted.projectNames());
    }
}
