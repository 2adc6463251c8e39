package cn.gov.daxiang.perf.application.port.out.sync;

import cn.gov.daxiang.perf.application.sync.FeedPage;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.execution.ProjectExecution;
import cn.gov.daxiang.perf.domain.project.Project;

/**
 * The provincial platform's change feeds (pull side). Each call returns the changes after {@code after}
 * (a change_seq), at most {@code limit} of them, in ascending order. Implementations (the online link, the
 * file exchange) retry transient failures themselves and throw when they give up; every record in a page has
 * passed the domain's value checks, or the whole page is refused.
 */
public interface ProvincialDataFeed {

    FeedPage<BudgetUnit> agencyChanges(long after, int limit);

    FeedPage<Project> projectChanges(long after, int limit);

    /** Adjusted budget and executed amount per project (预算执行). */
    FeedPage<ProjectExecution> executionChanges(long after, int limit);
}
