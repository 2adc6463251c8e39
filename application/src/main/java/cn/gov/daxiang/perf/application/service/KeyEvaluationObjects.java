package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.CoveredMoney;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCriteria;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a key evaluation's object stands for in the reference data: its projects, the units it belongs to, the money it covers. */
@ApplicationScoped
public class KeyEvaluationObjects {

    private final ProjectRepository projects;
    private final BudgetUnitRepository units;

    @Inject
    public KeyEvaluationObjects(ProjectRepository projects, BudgetUnitRepository units) {
        this.projects = projects;
        this.units = units;
    }

    /** The named projects of a project or special fund that exist (none for a department). */
    public List<Project> projectsOf(EvaluationObject object) {
        return object.projects().isEmpty() ? List.of() : projects.findByCodes(object.projects());
    }

    /** The units whose object it is (see {@link KeyEvaluationAccessPolicy#ownerUnitsOf}). */
    public Set<UnitCode> ownersOf(EvaluationObject object) {
        return KeyEvaluationAccessPolicy.ownerUnitsOf(object, projectsOf(object));
    }

    /** The projects of several objects at once (a page of evaluations), by code. */
    public java.util.Map<cn.gov.daxiang.perf.domain.project.ProjectCode, Project> projectsOf(java.util.Collection<EvaluationObject> objects) {
        Set<cn.gov.daxiang.perf.domain.project.ProjectCode> codes = new HashSet<>();
        objects.forEach(o -> codes.addAll(o.projects()));
        java.util.Map<cn.gov.daxiang.perf.domain.project.ProjectCode, Project> found = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            projects.findByCodes(codes).forEach(p -> found.put(p.getCode(), p));
        }
        return found;
    }

    /** The money covered by a project or fund object whose projects are read already ({@link #projectsOf(java.util.Collection)}). */
    public Money coveredMoney(EvaluationObject object, java.util.Map<cn.gov.daxiang.perf.domain.project.ProjectCode, Project> read) {
        if (object instanceof EvaluationObject.OfDepartment) {
            return coveredMoney(object);
        }
        return CoveredMoney.ofNamedProjects(object, object.projects().stream().map(read::get).filter(java.util.Objects::nonNull).toList());
    }

    /** The money covered, computed now from the projects' funds. */
    public Money coveredMoney(EvaluationObject object) {
        if (object instanceof EvaluationObject.OfDepartment department) {
            List<UnitCode> subordinates = units.findSubordinates(department.department()).stream().map(BudgetUnit::getCode).toList();
            Set<UnitCode> all = new HashSet<>(subordinates);
            all.add(department.department());
            return CoveredMoney.ofDepartment(department, subordinates, projectsOfYear(department, all));
        }
        return CoveredMoney.ofNamedProjects(object, projectsOf(object));
    }

    private List<Project> projectsOfYear(EvaluationObject.OfDepartment department, Set<UnitCode> unitCodes) {
        List<Project> found = new ArrayList<>();
        ProjectCriteria criteria = new ProjectCriteria(department.spendingYear(), null, null, null);
        Paging paging = new Paging(1, Paging.MAX_SIZE);
        while (true) {
            Page<Project> page = projects.find(criteria, DataScope.of(unitCodes), paging);
            found.addAll(page.items());
            if (page.items().size() < paging.size() || paging.page() >= page.totalPages()) {
                return found;
            }
            paging = new Paging(paging.page() + 1, paging.size());
        }
    }
}
