package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.project.ProjectKind;

import java.util.Optional;

/**
 * What kind of spending a key evaluation covers, as the bureau's report counts them (4 专项债券 + 1 城乡居民基本养老保险基金
 * + 1 政府购买服务 + 5 部门整体支出). Chosen at planning. A kind named after a {@link ProjectKind} requires every project of
 * the object to be of that kind; DEPARTMENT_OVERALL goes exactly with department objects.
 */
public enum SubjectKind implements Labelled {
    SPECIAL_BOND("专项债券", ProjectKind.SPECIAL_BOND),
    SOCIAL_SECURITY_FUND("社保基金", ProjectKind.SOCIAL_SECURITY_FUND),
    GOVERNMENT_PURCHASED_SERVICE("政府购买服务", ProjectKind.GOVERNMENT_PURCHASED_SERVICE),
    TRANSFER_PAYMENT("上级转移支付", ProjectKind.TRANSFER_PAYMENT),
    OTHER_PROJECT("其他项目", null),
    DEPARTMENT_OVERALL("部门整体支出", null);

    private final String label;
    private final ProjectKind projectKind;

    SubjectKind(String label, ProjectKind projectKind) {
        this.label = label;
        this.projectKind = projectKind;
    }

    @Override
    public String label() {
        return label;
    }

    /** The project kind every project of the object must have, if the subject kind names one. */
    public Optional<ProjectKind> requiredProjectKind() {
        return Optional.ofNullable(projectKind);
    }

    /** The report's averaging group: 部门整体 for DEPARTMENT_OVERALL, 专项资金 for the rest. */
    public EvaluationCategory category() {
        return this == DEPARTMENT_OVERALL ? EvaluationCategory.DEPARTMENT_OVERALL : EvaluationCategory.SPECIAL_FUND;
    }
}
