package cn.gov.daxiang.perf.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the platform (DESIGN.md §5). A token's role claim names them exactly. */
public enum Role implements cn.gov.daxiang.perf.domain.shared.Labelled {
    /** 财政局 administrator: everything, including reference data and the audit trail. */
    FINANCE_ADMIN("财政局管理员"),
    /** 财政局 reviewer: reviews and approves across all units. */
    FINANCE_REVIEWER("财政局审核员"),
    /** 主管部门 reviewer: own department and its subordinate units. Needs a unit scope. */
    DEPT_REVIEWER("主管部门审核员"),
    /** 预算单位 operator: own unit only. Needs a unit scope. */
    UNIT_OPERATOR("预算单位填报员"),
    /** 第三方机构 staff: only what is assigned to their agency. Needs an agency scope. */
    EVALUATOR("第三方机构评价人员"),
    /** 审计: reads everything, changes nothing. */
    AUDITOR("审计人员"),
    /** The provincial synchronisation. */
    SYNC("省平台同步");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean needsUnitScope() {
        return this == DEPT_REVIEWER || this == UNIT_OPERATOR;
    }

    public boolean needsAgencyScope() {
        return this == EVALUATOR;
    }

    /** The role a claim names, if it is one of ours; other systems' roles are ignored. */
    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.name().equals(claim)).findFirst();
    }
}
