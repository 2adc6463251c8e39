package cn.gov.daxiang.perf.domain.project;

import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A budget project (项目) of one unit in one fiscal year. Mastered by the province: the district takes
 * projects over and hangs goals, monitoring and evaluations on them by their code.
 */
public final class Project implements Auditable {

    public static final String AUDIT_TYPE = "project";

    public static final int NAME_MAX_LENGTH = 300;

    private final ProjectCode code;
    private String name;
    private UnitCode unitCode;
    private FiscalYear fiscalYear;
    private ProjectCategory category;
    private Set<ProjectKind> kinds;
    private ProjectFunds funds;

    private Project(ProjectCode code, String name, UnitCode unitCode, FiscalYear fiscalYear,
                    ProjectCategory category, Collection<ProjectKind> kinds, ProjectFunds funds) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Texts.required("name", name, NAME_MAX_LENGTH);
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
        this.category = Objects.requireNonNull(category, "category");
        this.kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        this.funds = Objects.requireNonNull(funds, "funds");
    }

    public static Project of(ProjectCode code, String name, UnitCode unitCode, FiscalYear fiscalYear,
                             ProjectCategory category, Collection<ProjectKind> kinds, ProjectFunds funds) {
        return new Project(code, name, unitCode, fiscalYear, category, kinds, funds);
    }

    /**
     * Takes over the province's current description of this project.
     *
     * @return whether anything changed
     */
    public boolean takeOver(Project current) {
        if (!code.equals(current.code)) {
            throw new IllegalArgumentException("cannot take over project " + current.code + " into " + code);
        }
        boolean changed = !name.equals(current.name) || !unitCode.equals(current.unitCode)
                || !fiscalYear.equals(current.fiscalYear) || category != current.category
                || !kinds.equals(current.kinds) || !funds.equals(current.funds);
        name = current.name;
        unitCode = current.unitCode;
        fiscalYear = current.fiscalYear;
        category = current.category;
        kinds = current.kinds;
        funds = current.funds;
        return changed;
    }

    public boolean isOfKind(ProjectKind kind) {
        return kinds.contains(kind);
    }

    public ProjectCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitCode getUnitCode() {
        return unitCode;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    /** The kinds in declaration order of {@link ProjectKind}. */
    public Set<ProjectKind> getKinds() {
        return kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    }

    public ProjectFunds getFunds() {
        return funds;
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        return new AuditSnapshot(AUDIT_TYPE, code.value(), Map.of(
                "name", name,
                "unitCode", unitCode.value(),
                "fiscalYear", fiscalYear.toString(),
                "category", category.name(),
                "kinds", getKinds().stream().map(Enum::name).collect(Collectors.joining(",")),
                "funds.total", funds.total().toString(),
                "funds.fiscalAppropriation", funds.fiscalAppropriation().toString(),
                "funds.carryOver", funds.carryOver().toString(),
                "funds.other", funds.other().toString()));
    }

    @Override
    public String toString() {
        return "Project[" + code + " " + name + "]";
    }
}
