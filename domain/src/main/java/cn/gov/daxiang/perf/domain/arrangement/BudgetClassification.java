package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.project.ProjectCategory;

/**
 * How a project enters next year's budget, which decides whether an ex-ante assessment is needed: a NEW project
 * or an expiring one proposed to CONTINUE needs one (新增项目、到期申请延续的项目); an ONGOING one (人员类, 运转类,
 * or a specific-purpose item running within its approved term) does not.
 */
public enum BudgetClassification implements Labelled {
    NEW("新增项目"),
    CONTINUATION("到期延续项目"),
    ONGOING("持续性项目");

    private final String label;

    BudgetClassification(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean needsAssessment() {
        return this != ONGOING;
    }

    /**
     * The classification of a project nobody has classified: ONGOING for personnel and running costs, NEW for a
     * specific-purpose project (the safe default: an unclassified project needs an assessment).
     */
    public static BudgetClassification defaultFor(ProjectCategory category) {
        return category == ProjectCategory.SPECIFIC_PURPOSE ? NEW : ONGOING;
    }
}
