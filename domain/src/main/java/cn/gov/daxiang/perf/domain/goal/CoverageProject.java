package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What coverage needs to know of one project of the year. */
public record CoverageProject(ProjectCode code, UnitCode unitCode, Set<ProjectKind> kinds, Money fundsTotal) {

    public CoverageProject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(fundsTotal, "fundsTotal");
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static CoverageProject of(Project project) {
        return new CoverageProject(project.getCode(), project.getUnitCode(), project.getKinds(), project.getFunds().total());
    }

    public boolean isTransferPayment() {
        return kinds.contains(ProjectKind.TRANSFER_PAYMENT);
    }
}
