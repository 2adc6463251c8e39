package cn.gov.daxiang.perf.domain.budgetunit;

import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget unit (预算单位). A unit without a supervising department is itself a supervising
 * department (主管部门), which reviews what its subordinate units submit. The province is the
 * source of truth: the district never invents units, it takes them over.
 */
public final class BudgetUnit implements Auditable {

    public static final String AUDIT_TYPE = "budget-unit";

    public static final int NAME_MAX_LENGTH = 200;

    private final UnitCode code;
    private String name;
    private UnitCode supervisingDepartment;
    private boolean active;

    private BudgetUnit(UnitCode code, String name, UnitCode supervisingDepartment, boolean active) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Texts.required("name", name, NAME_MAX_LENGTH);
        this.supervisingDepartment = checkedDepartment(code, supervisingDepartment);
        this.active = active;
    }

    /** A unit as the province describes it; {@code supervisingDepartment} is null for a department. */
    public static BudgetUnit of(UnitCode code, String name, UnitCode supervisingDepartment, boolean active) {
        return new BudgetUnit(code, name, supervisingDepartment, active);
    }

    /**
     * Takes over the province's current description of this unit.
     *
     * @return whether anything changed
     */
    public boolean takeOver(BudgetUnit current) {
        if (!code.equals(current.code)) {
            throw new IllegalArgumentException("cannot take over unit " + current.code + " into " + code);
        }
        boolean changed = !name.equals(current.name)
                || !Objects.equals(supervisingDepartment, current.supervisingDepartment)
                || active != current.active;
        name = current.name;
        supervisingDepartment = current.supervisingDepartment;
        active = current.active;
        return changed;
    }

    /** A unit that no department supervises is itself a supervising department (主管部门). */
    public boolean isDepartment() {
        return supervisingDepartment == null;
    }

    /** Whether {@code department} is this unit or the department that supervises it. */
    public boolean belongsTo(UnitCode department) {
        return code.equals(department) || department.equals(supervisingDepartment);
    }

    public UnitCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Optional<UnitCode> getSupervisingDepartment() {
        return Optional.ofNullable(supervisingDepartment);
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("supervisingDepartment", supervisingDepartment == null ? null : supervisingDepartment.value());
        fields.put("active", Boolean.toString(active));
        return new AuditSnapshot(AUDIT_TYPE, code.value(), fields);
    }

    private static UnitCode checkedDepartment(UnitCode code, UnitCode department) {
        if (code.equals(department)) {
            throw new RuleViolationException("UNIT_SUPERVISES_ITSELF", Map.of("unitCode", code.value()));
        }
        return department;
    }

    @Override
    public String toString() {
        return "BudgetUnit[" + code + " " + name + "]";
    }
}
