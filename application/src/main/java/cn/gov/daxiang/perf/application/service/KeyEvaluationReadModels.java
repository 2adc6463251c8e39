package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** Key evaluations as callers read them: with the money covered computed now, and the names of agency, projects and department. */
@ApplicationScoped
public class KeyEvaluationReadModels {

    private final KeyEvaluationObjects objects;
    private final AgencyRepository agencies;
    private final BudgetUnitRepository units;

    @Inject
    public KeyEvaluationReadModels(KeyEvaluationObjects objects, AgencyRepository agencies, BudgetUnitRepository units) {
        this.objects = objects;
        this.agencies = agencies;
        this.units = units;
    }

    public KeyEvaluationDetails details(KeyEvaluation evaluation, long revision) {
        EvaluationObject object = evaluation.getObject();
        Map<ProjectCode, String> projectNames = new LinkedHashMap<>();
        for (Project project : objects.projectsOf(object)) {
            projectNames.put(project.getCode(), project.getName());
        }
        String departmentName = object instanceof EvaluationObject.OfDepartment department
                ? units.findByCode(department.department()).map(BudgetUnit::getName).orElse(null) : null;
        String agencyName = evaluation.getAgency().flatMap(agencies::findById).map(s -> s.agency().getName()).orElse(null);
        return new KeyEvaluationDetails(evaluation, revision, objects.coveredMoney(object), agencyName, projectNames, departmentName);
    }
}
