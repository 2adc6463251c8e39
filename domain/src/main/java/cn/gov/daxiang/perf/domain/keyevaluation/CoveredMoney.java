package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The money a key evaluation covers (评价金额), computed from the projects' funds (资金总额) whenever it is read, never
 * typed or stored: a project's total; a special fund's sum over its projects; a department's overall spending the sum
 * over every project of the department and of its subordinate units in the spending year.
 */
public final class CoveredMoney {

    private CoveredMoney() {
    }

    /** For a project or special fund: the totals of the named projects among {@code projects} (others are ignored). */
    public static Money ofNamedProjects(EvaluationObject object, Collection<Project> projects) {
        Set<Object> named = new HashSet<>(object.projects());
        return projects.stream().filter(p -> named.contains(p.getCode())).map(p -> p.getFunds().total()).reduce(Money.ZERO, Money::plus);
    }

    /**
     * For a department's overall spending: the totals of the {@code candidates} of the department or one of its
     * {@code subordinates} in the spending year (others are ignored).
     */
    public static Money ofDepartment(EvaluationObject.OfDepartment department, Collection<UnitCode> subordinates, Collection<Project> candidates) {
        Set<UnitCode> units = new HashSet<>(subordinates);
        units.add(department.department());
        return candidates.stream()
                .filter(p -> units.contains(p.getUnitCode()) && p.getFiscalYear().equals(department.spendingYear()))
                .map(p -> p.getFunds().total()).reduce(Money.ZERO, Money::plus);
    }
}
