package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.review.SubmissionContext;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContextQuery;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the units and projects of a page at once (no call per row). The caller only asks about the units and projects
 * of submissions it was allowed to see, so the names tell it nothing new.
 */
@ApplicationScoped
@Transactional
public class SubmissionContextService implements SubmissionContextQuery {

    private final BudgetUnitRepository units;
    private final ProjectRepository projects;

    @Inject
    public SubmissionContextService(BudgetUnitRepository units, ProjectRepository projects) {
        this.units = units;
        this.projects = projects;
    }

    @Override
    public SubmissionContext submissionContext(Actor actor, Collection<UnitCode> unitCodes, Collection<ProjectCode> projectCodes) {
        Map<UnitCode, String> unitNames = new HashMap<>();
        Map<UnitCode, UnitCode> departments = new HashMap<>();
        List<BudgetUnit> found = unitCodes.isEmpty() ? List.of() : units.findByCodes(Set.copyOf(unitCodes));
        for (BudgetUnit unit : found) {
            unitNames.put(unit.getCode(), unit.getName());
            unit.getSupervisingDepartment().ifPresent(d -> departments.put(unit.getCode(), d));
        }
        Map<ProjectCode, String> projectNames = new HashMap<>();
        List<Project> foundProjects = projectCodes.isEmpty() ? List.of() : projects.findByCodes(Set.copyOf(projectCodes));
        for (Project project : foundProjects) {
            projectNames.put(project.getCode(), project.getName());
        }
        return new SubmissionContext(actor, unitNames, projectNames, departments);
    }
}
