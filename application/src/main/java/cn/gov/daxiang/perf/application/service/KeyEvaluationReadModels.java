package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.out.AgencyRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    /**
     * A page of evaluations with the names a table shows, read once for the page (projects, departments, agencies) rather
     * than per row; a department's covered money still reads its units' projects of the spending year.
     */
    public List<KeyEvaluationDetails> details(List<KeyEvaluationRepository.Stored> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<ProjectCode, Project> projects = objects.projectsOf(page.stream().map(s -> s.evaluation().getObject()).toList());
        Set<UnitCode> departments = new HashSet<>();
        page.forEach(s -> {
            if (s.evaluation().getObject() instanceof EvaluationObject.OfDepartment d) {
                departments.add(d.department());
            }
        });
        Map<UnitCode, String> departmentNames = new HashMap<>();
        if (!departments.isEmpty()) {
            units.findByCodes(departments).forEach(u -> departmentNames.put(u.getCode(), u.getName()));
        }
        Map<AgencyId, String> agencyNames = new HashMap<>();
        if (page.stream().anyMatch(s -> s.evaluation().getAgency().isPresent())) {
            agencies.findAll().forEach(a -> agencyNames.put(a.agency().getId(), a.agency().getName()));
        }
        List<KeyEvaluationDetails> details = new ArrayList<>();
        for (KeyEvaluationRepository.Stored stored : page) {
            KeyEvaluation evaluation = stored.evaluation();
            EvaluationObject object = evaluation.getObject();
            Map<ProjectCode, String> projectNames = new LinkedHashMap<>();
            object.projects().stream().map(projects::get).filter(Objects::nonNull).forEach(p -> projectNames.put(p.getCode(), p.getName()));
            details.add(new KeyEvaluationDetails(evaluation, stored.revision(), objects.coveredMoney(object, projects),
                    evaluation.getAgency().map(agencyNames::get).orElse(null), projectNames,
                    object instanceof EvaluationObject.OfDepartment d ? departmentNames.get(d.department()) : null));
        }
        return details;
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
