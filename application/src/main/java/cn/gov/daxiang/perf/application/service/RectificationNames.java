package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The unit's and project's names of rectification items, in one query per kind for a whole page (never per row). */
@ApplicationScoped
public class RectificationNames {

    private final BudgetUnitRepository units;
    private final ProjectRepository projects;

    @Inject
    public RectificationNames(BudgetUnitRepository units, ProjectRepository projects) {
        this.units = units;
        this.projects = projects;
    }

    RectificationDetails of(RectificationDetails item) {
        return of(List.of(item)).get(0);
    }

    Page<RectificationDetails> of(Page<RectificationDetails> page) {
        return new Page<>(of(page.items()), page.page(), page.size(), page.total());
    }

    List<RectificationDetails> of(List<RectificationDetails> items) {
        if (items.isEmpty()) {
            return items;
        }
        Set<UnitCode> unitCodes = items.stream().map(d -> d.rectification().getResponsibleUnit()).collect(Collectors.toSet());
        Set<ProjectCode> projectCodes = items.stream().map(d -> d.rectification().getProjectCode()).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Map<UnitCode, String> unitNames = units.findByCodes(unitCodes).stream()
                .collect(Collectors.toMap(BudgetUnit::getCode, BudgetUnit::getName, (a, b) -> a));
        Map<ProjectCode, String> projectNames = projectCodes.isEmpty() ? Map.of() : projects.findByCodes(projectCodes).stream()
                .collect(Collectors.toMap(Project::getCode, Project::getName, (a, b) -> a));
        return items.stream().map(d -> d.named(unitNames.get(d.rectification().getResponsibleUnit()),
                d.rectification().getProjectCode().map(projectNames::get).orElse(null))).toList();
    }
}
