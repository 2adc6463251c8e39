package cn.gov.daxiang.perf.adapter.persistence.goal;

import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.GoalCoverageRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.CoverageProject;
import cn.gov.daxiang.perf.domain.goal.CoverageTallies;
import cn.gov.daxiang.perf.domain.goal.CoverageUnit;
import cn.gov.daxiang.perf.domain.goal.GoalCoverage;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.ProjectTally;
import cn.gov.daxiang.perf.domain.goal.UnitTally;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Goal coverage counted in SQL (portable: H2 and PostgreSQL): each project of the year once, flagged as a transfer
 * payment or not and with the kinds of the approved goals naming it, then summed with {@code GROUP BY}; the units
 * likewise. Which kinds cover what is {@link GoalCoverage#coveringKinds}'s.
 * Three or four statements, whatever the number of projects; only the uncovered subjects are read one by one.
 */
@ApplicationScoped
public class GoalCoveragePersistenceAdapter implements GoalCoverageRepository {

    /** The kinds of goal that name a project (a 部门整体 goal names none). */
    private static final List<GoalKind> PROJECT_GOAL_KINDS = List.of(GoalKind.values()).stream()
            .filter(k -> k != GoalKind.DEPARTMENT_OVERALL).toList();

    private final EntityManager em;

    @Inject
    public GoalCoveragePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Counted count(FiscalYear year, DataScope scope, Grouping grouping) {
        if (scope.isEmpty()) {
            return new Counted(new CoverageTallies(List.of(), List.of(), List.of(), List.of()), Map.of(), Map.of(), Map.of());
        }
        boolean perUnit = grouping == Grouping.UNIT;
        Map<UnitCode, String> unitNames = new HashMap<>();
        Map<UnitCode, UnitCode> departmentOf = new HashMap<>();
        Map<ProjectCode, String> projectNames = new HashMap<>();
        List<ProjectTally> projectTallies = projectTallies(year, scope, perUnit);
        List<CoverageProject> uncoveredProjects = uncoveredProjects(year, scope, unitNames, projectNames);
        List<UnitTally> unitTallies = new ArrayList<>();
        List<CoverageUnit> uncoveredUnits = new ArrayList<>();
        if (perUnit) {
            for (Object[] row : rows(year, scope, "select s.unit_code, s.name, s.department, s.covered, s.amount from (" + unitRows(scope)
                    + ") s order by s.unit_code")) {
                UnitCode unit = new UnitCode((String) row[0]);
                boolean covered = flag(row[3]);
                Money amount = money(row[4]);
                unitNames.put(unit, (String) row[1]);
                departmentOf.put(unit, row[2] == null ? unit : new UnitCode((String) row[2]));
                unitTallies.add(new UnitTally(unit, covered, 1, amount));
                if (!covered) {
                    uncoveredUnits.add(new CoverageUnit(unit, amount));
                }
            }
        } else {
            for (Object[] row : rows(year, scope, "select s.covered, count(*), sum(s.amount) from (" + unitRows(scope) + ") s group by s.covered")) {
                unitTallies.add(new UnitTally(null, flag(row[0]), ((Number) row[1]).intValue(), money(row[2])));
            }
            for (Object[] row : rows(year, scope, "select s.unit_code, s.name, s.amount from (" + unitRows(scope)
                    + ") s where s.covered = 0 order by s.unit_code")) {
                UnitCode unit = new UnitCode((String) row[0]);
                unitNames.put(unit, (String) row[1]);
                uncoveredUnits.add(new CoverageUnit(unit, money(row[2])));
            }
        }
        return new Counted(new CoverageTallies(projectTallies, unitTallies, uncoveredProjects, uncoveredUnits), unitNames,
                departmentOf, projectNames);
    }

    private List<ProjectTally> projectTallies(FiscalYear year, DataScope scope, boolean perUnit) {
        String kinds = PROJECT_GOAL_KINDS.stream().map(GoalCoveragePersistenceAdapter::kindColumn).collect(Collectors.joining(", s."));
        String groups = (perUnit ? "s.unit_code, " : "") + "s.tp, s." + kinds;
        List<ProjectTally> tallies = new ArrayList<>();
        for (Object[] row : rows(year, scope, "select " + groups + ", count(*), sum(s.amount) from (" + projectRows(scope)
                + ") s group by " + groups)) {
            int column = 0;
            UnitCode unit = perUnit ? new UnitCode((String) row[column++]) : null;
            boolean transferPayment = flag(row[column++]);
            Set<GoalKind> approved = EnumSet.noneOf(GoalKind.class);
            for (GoalKind kind : PROJECT_GOAL_KINDS) {
                if (flag(row[column++])) {
                    approved.add(kind);
                }
            }
            tallies.add(new ProjectTally(unit, transferPayment, approved, ((Number) row[column++]).intValue(), money(row[column])));
        }
        return tallies;
    }

    private List<CoverageProject> uncoveredProjects(FiscalYear year, DataScope scope, Map<UnitCode, String> unitNames,
                                                    Map<ProjectCode, String> projectNames) {
        String uncovered = "(s.tp = 1 and " + noneOf(GoalCoverage.coveringKinds(true)) + ") or (s.tp = 0 and "
                + noneOf(GoalCoverage.coveringKinds(false)) + ")";
        List<CoverageProject> projects = new ArrayList<>();
        for (Object[] row : rows(year, scope, "select s.project_code, s.unit_code, s.name, s.amount, s.tp, u.name from (" + projectRows(scope)
                + ") s left join budget_unit u on u.unit_code = s.unit_code and u.active = true where " + uncovered
                + " order by s.project_code")) {
            ProjectCode code = new ProjectCode((String) row[0]);
            UnitCode unit = new UnitCode((String) row[1]);
            projectNames.put(code, (String) row[2]);
            if (row[5] != null) {
                unitNames.put(unit, (String) row[5]);
            }
            projects.add(new CoverageProject(code, unit, flag(row[4]) ? Set.of(ProjectKind.TRANSFER_PAYMENT) : Set.of(), money(row[3])));
        }
        return projects;
    }

    /**
     * Each project of the year in scope once: its funds, whether it is a transfer payment, which approved goals name it.
     * Joins on derived tables (one pass over each table, hash-joinable), not a subquery per project.
     */
    private static String projectRows(DataScope scope) {
        String inScope = scope.unrestricted() ? "" : " and p.unit_code in (:scope)";
        StringBuilder kinds = new StringBuilder();
        StringBuilder flags = new StringBuilder();
        for (GoalKind kind : PROJECT_GOAL_KINDS) {
            kinds.append(", max(case when g.kind = '").append(kind.name()).append("' then 1 else 0 end) as ").append(kindColumn(kind));
            flags.append(", coalesce(n.").append(kindColumn(kind)).append(", 0) as ").append(kindColumn(kind));
        }
        return "select p.project_code, p.unit_code, p.name, p.total_amount as amount,"
                + " case when k.project_id is null then 0 else 1 end as tp" + flags
                + " from project p"
                + " left join project_kind k on k.project_id = p.id and k.kind = '" + ProjectKind.TRANSFER_PAYMENT.name() + "'"
                + " left join (select g.project_code" + kinds + " from performance_goal g where g.fiscal_year = :year"
                + " and g.approved_version_no is not null and g.project_code is not null group by g.project_code) n"
                + " on n.project_code = p.project_code"
                + " where p.fiscal_year = :year" + inScope;
    }

    /** Each active unit in scope once: whether it has an approved 部门整体 goal of the year, and its projects' funds. */
    private static String unitRows(DataScope scope) {
        String unitsInScope = scope.unrestricted() ? "" : " and u.unit_code in (:scope)";
        return "select u.unit_code, u.name, u.supervising_department_code as department,"
                + " case when o.unit_code is null then 0 else 1 end as covered, coalesce(f.amount, 0) as amount"
                + " from budget_unit u"
                + " left join (select distinct g.unit_code from performance_goal g where g.fiscal_year = :year"
                + " and g.approved_version_no is not null and g.kind = '" + GoalKind.DEPARTMENT_OVERALL.name() + "') o on o.unit_code = u.unit_code"
                + " left join (select p.unit_code, sum(p.total_amount) as amount from project p where p.fiscal_year = :year"
                + " group by p.unit_code) f on f.unit_code = u.unit_code"
                + " where u.active = true" + unitsInScope;
    }

    private static String noneOf(Set<GoalKind> kinds) {
        return kinds.isEmpty() ? "1 = 1" : kinds.stream().map(k -> "s." + kindColumn(k) + " = 0").collect(Collectors.joining(" and "));
    }

    private static String kindColumn(GoalKind kind) {
        return "goal_" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(FiscalYear year, DataScope scope, String sql) {
        Query query = em.createNativeQuery(sql).setParameter("year", year.value());
        if (!scope.unrestricted()) {
            query.setParameter("scope", DynamicQuery.codes(scope));
        }
        return query.getResultList();
    }

    private static boolean flag(Object value) {
        return ((Number) value).intValue() != 0;
    }

    private static Money money(Object value) {
        return new Money(((BigDecimal) value).setScale(2, RoundingMode.UNNECESSARY));
    }
}
