package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.domain.access.Role;

import java.util.List;
import java.util.Optional;

/**
 * The documented demo identities of the embedded default: at least one per role, two units in different
 * departments, and their departments' reviewers, so that data isolation can be tried by hand.
 */
public record DemoIdentity(String id, String name, Role role, String unitCode, String agencyId) {

    public static final List<DemoIdentity> ALL = List.of(
            new DemoIdentity("finance-admin", "财政局绩效股管理员", Role.FINANCE_ADMIN, null, null),
            new DemoIdentity("finance-reviewer", "财政局绩效股审核员", Role.FINANCE_REVIEWER, null, null),
            new DemoIdentity("education-reviewer", "教育局审核员（主管部门）", Role.DEPT_REVIEWER, "105001", null),
            new DemoIdentity("housing-reviewer", "住房和城乡建设局审核员（主管部门）", Role.DEPT_REVIEWER, "108001", null),
            new DemoIdentity("kindergarten-operator", "第一幼儿园填报员", Role.UNIT_OPERATOR, "105002", null),
            new DemoIdentity("housing-centre-operator", "城市建设服务中心填报员", Role.UNIT_OPERATOR, "108002", null),
            new DemoIdentity("zhenrui-evaluator", "邵阳臻瑞咨询服务有限责任公司评价人员", Role.EVALUATOR, null, "ZHENRUI"),
            new DemoIdentity("other-evaluator", "另一家第三方机构评价人员", Role.EVALUATOR, null, "OTHERAGENCY"),
            new DemoIdentity("auditor", "审计人员（只读）", Role.AUDITOR, null, null),
            new DemoIdentity("provincial-sync", "省一体化系统同步", Role.SYNC, null, null));

    public static Optional<DemoIdentity> byId(String id) {
        return ALL.stream().filter(i -> i.id.equals(id)).findFirst();
    }
}
