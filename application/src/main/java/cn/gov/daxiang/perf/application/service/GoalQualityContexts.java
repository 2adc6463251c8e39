package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the quality checks need from outside a goal: its project's total funds, for the cost indicators. */
@ApplicationScoped
public class GoalQualityContexts {

    private final ProjectRepository projects;

    @Inject
    public GoalQualityContexts(ProjectRepository projects) {
        this.projects = projects;
    }

    public QualityCheckContext of(PerformanceGoal goal) {
        return goal.getProjectCode().flatMap(projects::findByCode)
                .map(p -> QualityCheckContext.withProjectFunds(p.getFunds().total()))
                .orElse(QualityCheckContext.none());
    }
}
