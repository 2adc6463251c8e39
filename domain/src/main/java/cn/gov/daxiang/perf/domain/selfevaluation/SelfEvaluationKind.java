package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.shared.Labelled;

/** What a self-evaluation covers. */
public enum SelfEvaluationKind implements Labelled {
    /** 项目支出绩效自评: one project's goal; names the project. */
    PROJECT("项目支出绩效自评"),
    /** 部门整体支出绩效自评: a unit's overall goal; names no project. */
    DEPARTMENT_OVERALL("部门整体支出绩效自评");

    private final String label;

    SelfEvaluationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The evaluation a goal gets: a 部门整体 goal its overall evaluation, every other goal (project, transfer payment) a project evaluation. */
    public static SelfEvaluationKind of(boolean departmentOverall) {
        return departmentOverall ? DEPARTMENT_OVERALL : PROJECT;
    }
}
